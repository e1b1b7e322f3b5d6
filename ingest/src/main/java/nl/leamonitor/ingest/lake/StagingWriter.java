package nl.leamonitor.ingest.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams one dataset's validated rows, from all its files, to a staging CSV that DuckDB reads in
 * one parallel scan: a columnar hand-over instead of row-by-row inserts. Columns are
 * {@code bestand, regelnummer} followed by the dataset's lake columns; null is written empty.
 */
public final class StagingWriter implements AutoCloseable {
  private final Path file;
  private final CSVPrinter printer;
  private long rows;

  /** Creates the staging file with its header. */
  public StagingWriter(Path file, List<LakeColumn> columns) throws IOException {
    this.file = file;
    Files.createDirectories(file.getParent());
    printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
        CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
    List<String> names = new ArrayList<>();
    names.add("bestand");
    names.add("regelnummer");
    for (LakeColumn c : columns) {
      names.add(c.name());
    }
    printer.printRecord(names);
  }

  /** Appends one validated row of a file. */
  public void write(String fileName, long line, String[] values) {
    try {
      printer.print(fileName);
      printer.print(line);
      for (String v : values) {
        printer.print(v);
      }
      printer.println();
      rows++;
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
    printer.close();
  }
}
