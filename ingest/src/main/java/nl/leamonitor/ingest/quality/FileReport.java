package nl.leamonitor.ingest.quality;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.leamonitor.ingest.csv.CsvDialect;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.validate.RejectReason;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * What reading one file found, before duplicates are known.
 *
 * @param file the file's name relative to the delivery folder
 * @param dataset its dataset
 * @param dialect the detected dialect
 * @param read rows read
 * @param rejected rows rejected
 * @param reasons per reject reason, the count
 * @param exampleLines per reject reason, the first few line numbers
 * @param acceptedPerSchooljaar for a personal file read on this machine, its accepted rows per
 *     schooljaar (duplicates not yet known); empty where not counted (reference files, Spark)
 */
public record FileReport(
    String file,
    Dataset dataset,
    CsvDialect dialect,
    long read,
    long rejected,
    Map<RejectReason, Long> reasons,
    Map<RejectReason, List<Long>> exampleLines,
    SortedMap<Schooljaar, Long> acceptedPerSchooljaar) {

  /** Creates a report without rows per schooljaar. */
  public FileReport(
      String file,
      Dataset dataset,
      CsvDialect dialect,
      long read,
      long rejected,
      Map<RejectReason, Long> reasons,
      Map<RejectReason, List<Long>> exampleLines) {
    this(file, dataset, dialect, read, rejected, reasons, exampleLines, new TreeMap<>());
  }

  /** Returns the share of rows rejected, 0 for a file without rows. */
  public double rejectShare() {
    return read == 0 ? 0.0 : (double) rejected / read;
  }
}
