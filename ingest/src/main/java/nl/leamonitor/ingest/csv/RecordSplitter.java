package nl.leamonitor.ingest.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a file into byte ranges of whole records, so that one large file can be read by several
 * Spark tasks. It scans bytes with {@link RecordEnds} (the contract's encodings keep quote,
 * delimiter and line breaks as single ASCII bytes) and counts line breaks as Commons CSV does, so
 * each part knows the line its first record starts on.
 */
public final class RecordSplitter {
  /**
   * A byte range of a file.
   *
   * @param start the first byte (0 for the first part, which holds any byte order mark and the
   *     header)
   * @param end the byte after the last
   * @param linesBefore the line breaks before {@code start}
   */
  public record Part(long start, long end, long linesBefore) implements Serializable {}

  private RecordSplitter() {}

  /**
   * Returns a file's parts, each ending at a record boundary once it is at least {@code
   * targetBytes} long. Padding at the file's end ({@link CsvDialect#textBytes}) is in no part; the
   * first part holds the byte order mark, any {@code sep=} line and the header record.
   */
  public static List<Part> split(InputStream file, CsvDialect dialect, long targetBytes)
      throws IOException {
    List<Part> parts = new ArrayList<>();
    RecordEnds ends = new RecordEnds(dialect.delimiter());
    long headerFrom = dialect.byteOrderMark() ? 3 : 0;
    long headerLines = dialect.separatorLine() ? 1 : 0;
    long offset = 0;
    long partStart = 0;
    long partLines = 0;
    boolean header = false; // the first part holds the header: no cut before a record with text
    try (InputStream in = new BufferedInputStream(dialect.text(file), 1 << 16)) {
      for (int b = in.read(); b >= 0; b = in.read()) {
        if (ends.endsBefore(b) && header && offset - partStart >= targetBytes) {
          parts.add(new Part(partStart, offset, partLines));
          partStart = offset;
          partLines = ends.lines();
        }
        header |= b != '\r' && b != '\n' && offset >= headerFrom && ends.lines() >= headerLines;
        offset++;
        ends.advance(b);
      }
    }
    if (offset > partStart || parts.isEmpty()) {
      parts.add(new Part(partStart, offset, partLines));
    }
    return parts;
  }
}
