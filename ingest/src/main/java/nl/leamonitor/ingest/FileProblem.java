package nl.leamonitor.ingest;

/**
 * A problem with a whole delivered file: what is wrong, where, and what the partner should do.
 *
 * @param file the file's name relative to the delivery folder
 * @param line the physical line, or 0 when the problem is not on one line
 * @param column the column, or null
 * @param problem what is wrong, in Dutch
 * @param remedy what to do about it, in Dutch
 */
public record FileProblem(String file, long line, String column, String problem, String remedy) {

  /** Returns the one-line Dutch message: file, line, column, problem and remedy. */
  public String message() {
    StringBuilder where = new StringBuilder(file);
    if (line > 0) {
      where.append(", regel ").append(line);
    }
    if (column != null) {
      where.append(", kolom ").append(column);
    }
    return where + ": " + problem + ". " + remedy;
  }
}
