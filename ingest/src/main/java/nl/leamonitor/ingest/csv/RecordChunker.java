package nl.leamonitor.ingest.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.InputRejectedException;

/**
 * Cuts CSV text into chunks of whole records, so that the records can be parsed on several threads
 * while one thread reads. It follows RFC 4180 as Commons CSV's {@code RFC4180} format reads it: a
 * record ends at a line break outside quotes, and a quote opens a quoted field only at the start of
 * a field ({@code ""} inside one is a quote). Line breaks are counted as Commons CSV counts them
 * (CR LF, CR or LF, also inside quotes), so each chunk knows the line its first record starts on,
 * and line numbers in rejects are those of a parse on one thread.
 *
 * <p>Where the text is not valid CSV (text after a closing quote, a quote never closed), the chunk
 * boundaries may differ from a serial parse after that point; the parser of that chunk reports the
 * problem at the same record, and the caller discards what follows, as a serial parse stops there.
 */
public final class RecordChunker implements Closeable {
  /**
   * Whole records of a file.
   *
   * @param linesBefore the number of line breaks before the chunk's first character
   * @param text the records, each with its line break (the last one may lack it at the end of the
   *     file)
   */
  public record Chunk(long linesBefore, String text) {}

  /** The longest record read: 32 million characters, far beyond any row of the contract. */
  static final int MAX_RECORD_CHARS = 32 << 20;

  private final Reader reader;
  private final String name;
  private final int maxRecordChars;
  private final RecordEnds ends;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private boolean end;

  /** Text after the last complete record of a chunk cut short, and the line breaks before it. */
  private StringBuilder carry;

  private long carryLines;

  /** Reads file {@code name} from {@code reader} (positioned after any byte order mark). */
  public RecordChunker(Reader reader, char delimiter, String name) {
    this(reader, delimiter, name, MAX_RECORD_CHARS);
  }

  RecordChunker(Reader reader, char delimiter, String name, int maxRecordChars) {
    this.reader = reader;
    this.ends = new RecordEnds(delimiter);
    this.name = name;
    this.maxRecordChars = maxRecordChars;
  }

  /**
   * Returns the next chunk of at most {@code records} records, or null at the end of the text. A
   * record longer than {@link #MAX_RECORD_CHARS} (in practice a quote that is never closed) is a
   * file problem at the line it starts on, raised after the records before it were returned.
   */
  public Chunk next(int records) throws IOException {
    StringBuilder text = carry != null ? carry : new StringBuilder();
    long linesBefore = carry != null ? carryLines : ends.lines();
    carry = null;
    int complete = 0;
    int boundary = 0;
    long boundaryLines = linesBefore;
    int segment = position; // the buffer's characters from here on are not in text yet
    while (true) {
      if (position == limit) {
        text.append(buffer, segment, position - segment);
        if (!fill()) {
          return text.isEmpty() ? null : new Chunk(linesBefore, text.toString());
        }
        segment = 0;
      }
      char c = buffer[position];
      if (ends.endsBefore(c)) {
        if (++complete == records) {
          text.append(buffer, segment, position - segment);
          return new Chunk(linesBefore, text.toString());
        }
        boundary = text.length() + position - segment;
        boundaryLines = ends.lines();
      }
      position++;
      ends.advance(c);
      // Skip the rest of a field at once, but never past the longest record: that check below
      // trips at the same character as when every character is read one by one.
      int room = maxRecordChars - (text.length() + position - segment - boundary);
      if (room > 0) {
        position = ends.skipInField(buffer, position, Math.min(limit, position + room));
      }
      if (text.length() + position - segment - boundary > maxRecordChars) {
        text.append(buffer, segment, position - segment);
        if (complete == 0) {
          throw new InputRejectedException(
              new FileProblem(
                  name,
                  linesBefore + 1,
                  null,
                  "een record is langer dan "
                      + maxRecordChars
                      + " tekens (wordt een aanhalingsteken niet gesloten?)",
                  "Controleer de aanhalingstekens vanaf deze regel en exporteer het bestand"
                      + " opnieuw."));
        }
        // Return the records before it; the next call starts with the long one and reports it.
        carry = new StringBuilder(text.substring(boundary));
        carryLines = boundaryLines;
        return new Chunk(linesBefore, text.substring(0, boundary));
      }
    }
  }

  private boolean fill() throws IOException {
    if (end) {
      return false;
    }
    int n = reader.read(buffer, 0, buffer.length);
    if (n < 0) {
      end = true;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
