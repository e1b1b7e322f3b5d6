package nl.leamonitor.ingest.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import nl.leamonitor.ingest.FileProblem;
import nl.leamonitor.ingest.InputRejectedException;
import nl.leamonitor.ingest.values.DeliveredText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a delivered file's records in its detected dialect, one at a time, so memory does not
 * grow with the file. Blank lines (and lines with only empty fields) are skipped and not counted;
 * every other record carries the physical line it starts on.
 *
 * <p>Commons CSV reads the text, in its {@code RFC4180} format: how it reads quotes (and the
 * problems it finds with them) is the contract's CSV. A chunk of a file whose quotes all stand
 * around whole fields ({@link #readsWithFastCsv}), nearly every chunk of a delivery, is read by
 * FastCSV instead, 2.5 times as fast: there both parsers give the same records, fields and lines
 * ({@code CsvRowReaderTest} compares them on every text of up to 6 characters of CSV's kinds).
 */
public final class CsvRowReader implements AutoCloseable {
  private static final char CTRL_Z = '\u001A';

  // The states of readsWithFastCsv's walk through a text.
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;

  private final String name;

  /** Commons CSV's parser and its records, or null when FastCSV reads a chunk. */
  private final CSVParser parser;

  private final Iterator<CSVRecord> records;

  /** FastCSV's reader of a chunk and its records, or null. */
  private final CsvReader<CsvRecord> fast;

  private final Iterator<CsvRecord> fastRecords;
  private List<String> header = List.of();
  private long headerLine;
  private long linesBefore;

  /** Line breaks before this reader's text: non-zero for a chunk of a file. */
  private final long lineOffset;

  /** Opens a file and reads its header record. */
  public CsvRowReader(Path file, String name, CsvDialect dialect) throws IOException {
    this(Files.newInputStream(file), name, dialect);
  }

  /**
   * Reads a file from a stream (a Spark task's Hadoop path) and its header record; closes the
   * stream.
   */
  public CsvRowReader(InputStream in, String name, CsvDialect dialect) throws IOException {
    this(openText(in, dialect), name, dialect, 0);
    RawRow first = next();
    if (first != null && dialect.isSeparatorLine(first)) {
      first = next();
    }
    if (first == null) {
      close();
      throw noHeader(name);
    }
    this.header = first.fields();
    this.headerLine = first.line();
  }

  /** Returns the problem of a file without a header record (only blank records, or none). */
  public static InputRejectedException noHeader(String name) {
    return new InputRejectedException(
        new FileProblem(
            name,
            0,
            null,
            "het bestand heeft geen kopregel",
            "Zet de kolomnamen op de eerste regel."));
  }

  private CsvRowReader(java.io.Reader text, String name, CsvDialect dialect, long linesBefore)
      throws IOException {
    this.name = name;
    this.linesBefore = linesBefore;
    this.lineOffset = linesBefore;
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(dialect.delimiter())
            .setQuote('"')
            .setIgnoreEmptyLines(false)
            .get();
    this.parser = CSVParser.builder().setReader(text).setFormat(format).get();
    this.records = parser.iterator();
    this.fast = null;
    this.fastRecords = null;
  }

  /** Reads a chunk's text with FastCSV (see {@link #readsWithFastCsv}). */
  private CsvRowReader(String text, String name, CsvDialect dialect, long linesBefore) {
    this.name = name;
    this.linesBefore = linesBefore;
    this.lineOffset = linesBefore;
    this.parser = null;
    this.records = null;
    // No limits of its own: a record is at most RecordChunker's longest, as with Commons CSV.
    CsvRecordHandler handler =
        CsvRecordHandler.builder()
            .maxFields(Integer.MAX_VALUE)
            .maxFieldSize(Integer.MAX_VALUE)
            .maxRecordSize(Integer.MAX_VALUE)
            .build();
    this.fast =
        CsvReader.builder()
            .fieldSeparator(dialect.delimiter())
            .quoteCharacter('"')
            .skipEmptyLines(false)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .maxBufferSize(Integer.MAX_VALUE)
            .build(handler, new java.io.StringReader(text));
    this.fastRecords = fast.iterator();
  }

  /**
   * Returns a file's text from the start of its stream, in its dialect: after any byte order mark
   * and before any padding at its end ({@link CsvDialect#textBytes}). This is what {@link
   * RecordChunker} cuts; its first record is the {@code sep=} line where the dialect has one.
   */
  public static BufferedReader openText(InputStream in, CsvDialect dialect) throws IOException {
    InputStream text = dialect.text(in);
    if (dialect.byteOrderMark()) {
      text.skipNBytes(3);
    }
    return decode(text, dialect);
  }

  /**
   * Reads the records of one chunk of a file (not its header), with the file's line numbers. {@link
   * RecordChunker} cuts a file into chunks; each can be parsed on a thread of its own.
   */
  public static CsvRowReader ofChunk(RecordChunker.Chunk chunk, String name, CsvDialect dialect)
      throws IOException {
    if (readsWithFastCsv(chunk.text(), dialect.delimiter())) {
      return withFastCsv(chunk, name, dialect);
    }
    return withCommonsCsv(chunk, name, dialect);
  }

  /** Reads the records of a chunk with FastCSV, also where it reads them otherwise. */
  static CsvRowReader withFastCsv(RecordChunker.Chunk chunk, String name, CsvDialect dialect) {
    return new CsvRowReader(chunk.text(), name, dialect, chunk.linesBefore());
  }

  /**
   * Returns whether FastCSV reads a text as Commons CSV does: when it has no quote (most chunks,
   * told at once by a vectorised search), or when every quote opens a field, closes it right before
   * a delimiter, a line break or the end, or is doubled inside it, no quoted field holds a CR that
   * is not followed by LF (FastCSV counts the lines of those otherwise), and none runs to the end.
   * Elsewhere the two differ (a quote never closed, spaces after a closing quote), and Commons CSV
   * reads the text.
   */
  static boolean readsWithFastCsv(String text, char delimiter) {
    if (text.indexOf('"') < 0) {
      return true;
    }
    int state = FIELD_START;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = c == delimiter || c == '\r' || c == '\n';
      switch (state) {
        case FIELD_START -> state = c == '"' ? QUOTED : end ? FIELD_START : UNQUOTED;
        case UNQUOTED -> {
          if (c == '"') {
            return false;
          }
          state = end ? FIELD_START : UNQUOTED;
        }
        case QUOTED -> {
          if (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
            return false;
          }
          state = c == '"' ? QUOTE_IN_QUOTED : QUOTED;
        }
        default -> {
          if (c == '"') {
            state = QUOTED;
          } else if (end) {
            state = FIELD_START;
          } else {
            return false;
          }
        }
      }
    }
    return state != QUOTED;
  }

  /** Reads the records of a chunk with Commons CSV, also when it holds no quote. */
  static CsvRowReader withCommonsCsv(RecordChunker.Chunk chunk, String name, CsvDialect dialect)
      throws IOException {
    return new CsvRowReader(
        new java.io.StringReader(chunk.text()), name, dialect, chunk.linesBefore());
  }

  /**
   * Reads the records of one part of a file (not its first part: no byte order mark, no header),
   * with the file's line numbers. {@link RecordSplitter} cuts a file into parts for Spark tasks.
   */
  public static CsvRowReader ofPart(
      InputStream in, String name, CsvDialect dialect, long linesBefore) throws IOException {
    return new CsvRowReader(decode(in, dialect), name, dialect, linesBefore);
  }

  private static BufferedReader decode(InputStream in, CsvDialect dialect) {
    return new BufferedReader(new InputStreamReader(in, dialect.charset()), 1 << 16);
  }

  /** Returns the header record's fields, untrimmed (empty for a chunk or part). */
  public List<String> header() {
    return header;
  }

  /** Returns the physical line of the header record (0 for a chunk or part). */
  public long headerLine() {
    return headerLine;
  }

  /** Returns the next non-blank record, or null at the end of the file. */
  public RawRow next() {
    if (fast != null) {
      while (fastRecords.hasNext()) {
        CsvRecord record = fastRecords.next();
        List<String> fields = record.getFields();
        if (!isBlank(fields)) {
          return new RawRow(lineOffset + record.getStartingLineNumber(), fields);
        }
      }
      return null;
    }
    while (true) {
      long start = linesBefore + 1;
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return null;
        }
        record = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        throw new InputRejectedException(
            new FileProblem(
                name,
                start,
                null,
                "de CSV-opbouw klopt niet vanaf hier (een aanhalingsteken wordt niet gesloten of er"
                    + " staat tekst direct na een afsluitend aanhalingsteken)",
                "Controleer de aanhalingstekens op deze regel en exporteer het bestand opnieuw."));
      }
      linesBefore = lineOffset + parser.getCurrentLineNumber();
      // the record's own array, not copied: CSVRecord.toList() and its iterator collect a stream
      List<String> fields = Collections.unmodifiableList(Arrays.asList(record.values()));
      if (!isBlank(fields)) {
        return new RawRow(start, fields);
      }
    }
  }

  /**
   * Returns whether a record is blank: every field empty once cleaned ({@link DeliveredText}). A
   * line of only Ctrl-Z (an old export's end-of-file mark followed by a line break) is blank too.
   */
  private static boolean isBlank(List<String> fields) {
    for (int f = 0; f < fields.size(); f++) {
      String field = fields.get(f);
      for (int i = 0; i < field.length(); i++) {
        char c = field.charAt(i);
        if (c != CTRL_Z && !DeliveredText.isSpace(c) && !DeliveredText.isZeroWidth(c)) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    if (parser != null) {
      parser.close();
    } else {
      fast.close();
    }
  }
}
