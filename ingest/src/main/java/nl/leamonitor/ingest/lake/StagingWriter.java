package nl.leamonitor.ingest.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.leamonitor.ingest.OwnerOnly;
import nl.leamonitor.ingest.validate.ValidatedBatch;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams one dataset's validated rows, from all its files, to a staging CSV that DuckDB reads in
 * one parallel scan: a columnar hand-over instead of row-by-row inserts. Columns are {@code
 * bestand, regelnummer} followed by the dataset's lake columns; null is written empty.
 */
public final class StagingWriter implements AutoCloseable {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
  private final Path file;
  private final Writer out;
  private long rows;

  /** Creates the staging file with its header. */
  public StagingWriter(Path file, List<LakeColumn> columns) throws IOException {
    this.file = file;
    OwnerOnly.createDirectories(file.getParent());
    out = OwnerOnly.newWriter(file);
    List<String> names = new ArrayList<>();
    names.add("bestand");
    names.add("regelnummer");
    for (LakeColumn c : columns) {
      names.add(c.name());
    }
    FORMAT.printRecord(out, names.toArray());
  }

  /**
   * Formats a batch's accepted rows as staging records; threads format their own batches, the
   * writer only appends the text.
   */
  public static String format(String fileName, List<ValidatedBatch.Accepted> accepted) {
    StringBuilder text = new StringBuilder(accepted.size() * 160);
    try (CSVPrinter batch = new CSVPrinter(text, FORMAT)) {
      for (ValidatedBatch.Accepted row : accepted) {
        batch.print(fileName);
        batch.print(row.line());
        for (String v : row.values()) {
          batch.print(v);
        }
        batch.println();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return text.toString();
  }

  /** Appends formatted staging records ({@link #format}) holding {@code count} rows. */
  public void append(String records, int count) {
    try {
      out.write(records);
      rows += count;
    } catch (IOException e) {
      throw new UncheckedIOException("staging-bestand " + file + " kon niet geschreven worden", e);
    }
  }

  public Path file() {
    return file;
  }

  public long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
