package nl.leamonitor.ingest.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.leamonitor.ingest.OwnerOnly;
import nl.leamonitor.ingest.validate.RowRejected;
import nl.leamonitor.ingest.values.Bsn;
import nl.leamonitor.ingest.values.NumberValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one file's rejected rows to {@code afgekeurd/<file>}: {@code regelnummer}, {@code reden},
 * {@code kolom}, then the row as delivered. Opened on the first rejected row, so a clean file
 * leaves no reject file. The folder is mode 0700 and the file 0600 ({@link OwnerOnly}): rejected
 * rows are about persons.
 *
 * <p>Privacy: the {@code bsn} column, and any other field that looks like a BSN (8 or 9 digits,
 * with spaces or dots allowed), is masked to its last 3 digits. Spreadsheet safety: a field that
 * starts with {@code = + - @}, tab or carriage return and is not a plain number gets a leading
 * {@code '} so Excel shows it as text instead of running it.
 */
public final class RejectWriter implements AutoCloseable {
  private static final Pattern BSN_LIKE = Pattern.compile("[0-9]{8,9}");

  private final Path target;
  private final List<String> header;
  private final int bsnColumn;
  private CSVPrinter printer;
  private long written;

  /**
   * Creates a writer for a file with the given (raw) header, whose normalised {@code bsn} column
   * is at {@code bsnColumn} (-1 when absent).
   */
  public RejectWriter(Path target, List<String> header, int bsnColumn) {
    this.target = target;
    this.header = header;
    this.bsnColumn = bsnColumn;
  }

  /** Writes one rejected row. */
  public void write(long line, RowRejected reason, List<String> fields) {
    writeRecord(record(line, reason.reason().code(), reason.column(), fields, bsnColumn));
  }

  /**
   * Returns the reject file's record of a row: regelnummer, reden, kolom and the fields as
   * delivered, BSNs masked and formulas defused. Spark tasks build it where the row is read, so
   * no unmasked BSN travels to the driver or into Spark's spill files.
   */
  public static List<String> record(long line, String reasonCode, String column, List<String> fields, int bsnColumn) {
    List<String> record = new ArrayList<>(fields.size() + 3);
    record.add(Long.toString(line));
    record.add(reasonCode);
    record.add(column == null ? "" : column);
    for (int i = 0; i < fields.size(); i++) {
      record.add(protect(i == bsnColumn ? maskAlways(fields.get(i)) : maskIfBsnLike(fields.get(i))));
    }
    return record;
  }

  /** Writes a record made by {@link #record}. */
  public void writeRecord(List<String> record) {
    try {
      if (printer == null) {
        open();
      }
      printer.printRecord(record);
      written++;
    } catch (IOException e) {
      throw new UncheckedIOException("afgekeurde regels konden niet geschreven worden naar " + target, e);
    }
  }

  private void open() throws IOException {
    OwnerOnly.createDirectories(target.getParent());
    List<String> columns = new ArrayList<>();
    columns.add("regelnummer");
    columns.add("reden");
    columns.add("kolom");
    for (String h : header) {
      columns.add(protect(h.strip()));
    }
    printer = new CSVPrinter(OwnerOnly.newWriter(target),
        CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
    printer.printRecord(columns);
  }

  /** Returns the number of rows written. */
  public long written() {
    return written;
  }

  static String maskAlways(String value) {
    String trimmed = value.strip();
    return trimmed.isEmpty() ? trimmed : Bsn.mask(trimmed);
  }

  static String maskIfBsnLike(String value) {
    String compact = value.strip().replace(" ", "").replace(".", "");
    return BSN_LIKE.matcher(compact).matches() ? Bsn.mask(compact) : value;
  }

  /** Returns the text with a leading {@code '} when a spreadsheet would read it as a formula. */
  public static String protect(String value) {
    if (value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    return risky && !NumberValue.isPlainNumber(value) ? "'" + value : value;
  }

  @Override
  public void close() throws IOException {
    if (printer != null) {
      printer.close();
    }
  }
}
