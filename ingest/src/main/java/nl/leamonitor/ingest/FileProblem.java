package nl.leamonitor.ingest;

import nl.leamonitor.ingest.values.BsnMask;

/**
 * A problem with a whole delivered file: what is wrong, where, and what the partner should do.
 *
 * <p>The column, problem and remedy may repeat partner text (a header line, a value), so every BSN
 * in them is masked here, where each file problem is made, before it is printed, logged or sent
 * from a Spark task to the driver. The file's own name is left as it is wherever it appears, so the
 * message points at the file the partner delivered.
 *
 * @param file the file's name relative to the delivery folder
 * @param line the physical line, or 0 when the problem is not on one line
 * @param column the column, or null
 * @param problem what is wrong, in Dutch
 * @param remedy what to do about it, in Dutch
 */
public record FileProblem(String file, long line, String column, String problem, String remedy) {

  /** Creates a file problem, with the BSNs in its column, problem and remedy masked. */
  public FileProblem {
    column = maskBeside(column, file);
    problem = maskBeside(problem, file);
    remedy = maskBeside(remedy, file);
  }

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

  /** Masks the text around each occurrence of the file's name. */
  private static String maskBeside(String text, String file) {
    if (text == null || file == null || file.isEmpty() || !text.contains(file)) {
      return BsnMask.inText(text);
    }
    StringBuilder masked = new StringBuilder(text.length());
    int from = 0;
    for (int at = text.indexOf(file); at >= 0; at = text.indexOf(file, from)) {
      masked.append(BsnMask.inText(text.substring(from, at))).append(file);
      from = at + file.length();
    }
    return masked.append(BsnMask.inText(text.substring(from))).toString();
  }
}
