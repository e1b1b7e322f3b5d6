package nl.leamonitor.ingest.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The dialect detected for one delivered file.
 *
 * @param delimiter {@code ;}, {@code ,} or tab
 * @param charset UTF-8 or Windows-1252
 * @param byteOrderMark whether the file starts with a UTF-8 byte order mark
 */
public record CsvDialect(char delimiter, Charset charset, boolean byteOrderMark) {

  /** Returns a short Dutch description for logs and reports, e.g. {@code ';' UTF-8 met BOM}. */
  public String describe() {
    String sep = delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    String enc = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Windows-1252";
    return sep + " " + enc + (byteOrderMark ? " met BOM" : "");
  }
}
