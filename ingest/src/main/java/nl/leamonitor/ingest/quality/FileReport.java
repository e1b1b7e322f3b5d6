package nl.leamonitor.ingest.quality;

import java.util.List;
import java.util.Map;
import nl.leamonitor.ingest.csv.CsvDialect;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.validate.RejectReason;

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
 */
public record FileReport(
    String file,
    Dataset dataset,
    CsvDialect dialect,
    long read,
    long rejected,
    Map<RejectReason, Long> reasons,
    Map<RejectReason, List<Long>> exampleLines) {

  /** Returns the share of rows rejected, 0 for a file without rows. */
  public double rejectShare() {
    return read == 0 ? 0.0 : (double) rejected / read;
  }
}
