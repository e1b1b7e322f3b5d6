package nl.leamonitor.ingest.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import nl.leamonitor.ingest.OwnerOnly;
import nl.leamonitor.ingest.validate.RowRejected;
import nl.leamonitor.ingest.values.NumberValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one file's rejected rows to {@code afgekeurd/<file>}: {@code regelnummer}, {@code reden},
 * {@code kolom}, then the row's fields of the dataset's own columns ({@link RejectColumns}). Opened
 * on the first rejected row, so a clean file leaves no reject file. The folder is mode 0700 and the
 * file 0600 ({@link OwnerOnly}): rejected rows are about persons.
 *
 * <p>Privacy: the {@code bsn} column is masked to its last 3 digits, and so is any BSN in another
 * field ({@link nl.leamonitor.ingest.values.BsnMask}). Spreadsheet safety: a field that starts with
 * {@code = + - @}, tab or carriage return and is not a plain number gets a leading {@code '} so
 * Excel shows it as text instead of running it.
 */
public final class RejectWriter implements AutoCloseable {
  private final Path target;
  private final RejectColumns columns;
  private CSVPrinter printer;
  private long written;

  /** Creates a writer for a file whose reject records keep the given columns. */
  public RejectWriter(Path target, RejectColumns columns) {
    this.target = target;
    this.columns = columns;
  }

  /** Writes one rejected row. */
  public void write(long line, RowRejected reason, List<String> fields) {
    writeRecord(columns.record(line, reason.reason().code(), reason.column(), fields));
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
    printer =
        new CSVPrinter(
            OwnerOnly.newWriter(target),
            CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
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
