package nl.leamonitor.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.delivery.DeliveryFile;
import nl.leamonitor.ingest.lake.LakeBuilder;
import nl.leamonitor.ingest.lake.LakeColumn;
import nl.leamonitor.ingest.lake.LakeLayout;
import nl.leamonitor.ingest.quality.FileReport;
import nl.leamonitor.ingest.validate.WijkLookup;

/**
 * Runs the heavy parts of ingest that {@link IngestJob}, the plan, hands it: reading files in
 * parts, validating and pseudonymising their rows with the {@code ingest} module's readers and
 * validators, and writing each staged dataset to the lake with the rules of {@code sql/lake/}. The
 * plan keeps the order, the reject limit, reconciliation and the lake's layout. Two executors:
 * {@link LocalPartExecutor} on this machine's threads, and Spark tasks (module {@code
 * engine-spark}).
 */
public interface PartExecutor extends AutoCloseable {

  /**
   * What reading one file found: its report and lake columns when it was read to the end, or the
   * problems that stopped it.
   *
   * @param file the file
   * @param report what reading it found, or null when a problem stopped it
   * @param lakeColumns the columns its accepted rows have in the lake, or null with a problem
   * @param problems the file problems that stopped it, empty when it was read to the end
   */
  record FileRead(
      DeliveryFile file,
      FileReport report,
      List<LakeColumn> lakeColumns,
      List<FileProblem> problems) {
    /** Returns the outcome of a file read to the end. */
    public static FileRead read(
        DeliveryFile file, FileReport report, List<LakeColumn> lakeColumns) {
      return new FileRead(file, report, lakeColumns, List.of());
    }

    /** Returns the outcome of a file that a problem stopped. */
    public static FileRead stopped(DeliveryFile file, List<FileProblem> problems) {
      return new FileRead(file, null, null, List.copyOf(problems));
    }
  }

  /**
   * Reads files: validates every row, writes each file's rejected rows in line order to {@code
   * rejects/<file name>} and keeps the accepted rows for {@link #writeDataset}. Reference files
   * register their wijken and postcodes in {@code wijken}, row by row in file order (the first row
   * of a key wins), which the personal files after them are placed with. Returns, in the order
   * given, what reading each file found; each file is given once.
   */
  List<FileRead> read(List<DeliveryFile> files, WijkLookup wijken, Path rejects) throws IOException;

  /**
   * Writes a dataset's accepted rows from all its files to its place in the lake, without
   * duplicates, and returns per file (by name) the counts only the whole dataset can tell.
   */
  Map<String, LakeBuilder.FileCounts> writeDataset(
      Dataset dataset, List<LakeColumn> columns, LakeLayout lake) throws IOException;

  /**
   * Returns what the log adds after "Ingest klaar" to say where ingest ran: empty on this machine.
   */
  default String where() {
    return "";
  }

  /** Removes what was kept for the lake and frees the threads or tasks. */
  @Override
  void close() throws IOException;
}
