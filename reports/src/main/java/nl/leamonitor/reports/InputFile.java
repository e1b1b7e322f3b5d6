package nl.leamonitor.reports;

/**
 * A file the run read, as the report's account of the run lists it.
 *
 * @param file the file's name in the delivery folder
 * @param sha256 the file's SHA-256 in hex
 * @param rowsRead the rows read from it; -1 for a file that is not a table (the wijk boundaries)
 */
public record InputFile(String file, String sha256, long rowsRead) {
  /** Returns the first 16 characters of the SHA-256, enough for a reader to match the manifest. */
  public String shortHash() {
    return sha256.substring(0, 16);
  }
}
