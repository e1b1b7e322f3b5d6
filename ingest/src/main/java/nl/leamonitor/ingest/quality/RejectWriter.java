package nl.leamonitor.ingest.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.leamonitor.ingest.OwnerOnly;
import nl.leamonitor.ingest.csv.CsvDialect;
import nl.leamonitor.ingest.validate.RowRejected;
import nl.leamonitor.ingest.values.NumberValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one file's rejected rows to {@code afgekeurd/<file>}: {@code regelnummer}, {@code reden},
 * {@code toelichting}, {@code kolom}, then the row's fields of the dataset's own columns ({@link
 * RejectColumns}). Opened on the first rejected row, so a clean file leaves no reject file. The
 * folder is mode 0700 and the file 0600 ({@link OwnerOnly}): rejected rows are about persons.
 *
 * <p>The file goes back to the partner, who opens it in (Dutch) Excel, so it is written in the
 * dialect the partner delivered: the same delimiter and the same encoding. UTF-8 always starts with
 * a byte order mark, also when the delivered file had none, because without one Excel reads the
 * file as Windows-1252 and shows {@code é} as {@code Ã©}. Windows-1252 stays Windows-1252 without a
 * mark; a character it cannot encode is written as {@code ?}, as Excel itself does when it saves
 * such text as "CSV (gescheiden door lijstscheidingsteken)". From a Windows-1252 delivery that
 * character can only be U+FFFD, which the reader made of a byte Windows-1252 leaves undefined
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D; a DOS code page 850 export writes {@code ü} as 0x81): the original
 * character was already lost when the file was read. Lines end in CRLF whatever the delivered file
 * used: it is what Excel writes and RFC 4180 prescribes, Excel reads it everywhere, and Windows'
 * older Notepad shows a file with bare LF as one long line. A line break inside a quoted field is
 * written as it was delivered.
 *
 * <p>Privacy: the {@code bsn} column is masked to its last 3 digits, and so is any BSN in another
 * field ({@link nl.leamonitor.ingest.values.BsnMask}). Spreadsheet safety: a field that starts with
 * {@code = + - @}, tab or carriage return and is not a plain number gets a leading {@code '} so
 * Excel shows it as text instead of running it.
 */
public final class RejectWriter implements AutoCloseable {
  private static final String CRLF = "\r\n";
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final Path target;
  private final RejectColumns columns;
  private final CsvDialect delivered;
  private CSVPrinter printer;
  private long written;

  /**
   * Creates a writer for a file whose reject records keep the given columns, in the dialect the
   * file was delivered in.
   */
  public RejectWriter(Path target, RejectColumns columns, CsvDialect delivered) {
    this.target = target;
    this.columns = columns;
    this.delivered = delivered;
  }

  /** Writes one rejected row. */
  public void write(long line, RowRejected reason, List<String> fields) {
    writeRecord(columns.record(line, reason.reason(), reason.column(), fields));
  }

  /** Writes a record made by {@link RejectColumns#record}. */
  public void writeRecord(List<String> record) {
    try {
      if (printer == null) {
        open();
      }
      printer.printRecord(record);
      written++;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "afgekeurde regels konden niet geschreven worden naar " + target, e);
    }
  }

  private void open() throws IOException {
    OwnerOnly.createDirectories(target.getParent());
    Charset charset = delivered.charset();
    Writer out =
        OwnerOnly.newWriter(
            target,
            charset
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    if (charset.equals(StandardCharsets.UTF_8)) {
      out.write(BYTE_ORDER_MARK);
    }
    printer =
        new CSVPrinter(
            out,
            CSVFormat.RFC4180
                .builder()
                .setDelimiter(delivered.delimiter())
                .setRecordSeparator(CRLF)
                .get());
    printer.printRecord(columns.header());
  }

  /** Returns the number of rows written. */
  public long written() {
    return written;
  }

  /** Returns the text with a leading {@code '} when a spreadsheet would read it as a formula. */
  public static String protect(String value) {
    if (value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    boolean risky =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return risky && !NumberValue.isPlainNumber(value) ? "'" + value : value;
  }

  @Override
  public void close() throws IOException {
    if (printer != null) {
      printer.close();
    }
  }
}
