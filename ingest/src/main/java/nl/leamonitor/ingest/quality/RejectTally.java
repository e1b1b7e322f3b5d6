package nl.leamonitor.ingest.quality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.leamonitor.ingest.csv.CsvDialect;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.validate.RejectReason;

/**
 * Counts one file's rejected rows as they are written: per reason the count and the first few line
 * numbers.
 */
public final class RejectTally {
  private static final int EXAMPLE_LINES = 3;
  private final Map<RejectReason, Long> reasons = new EnumMap<>(RejectReason.class);
  private final Map<RejectReason, List<Long>> examples = new EnumMap<>(RejectReason.class);
  private long count;

  /** Counts a rejected row. */
  public void add(RejectReason reason, long line) {
    count++;
    reasons.merge(reason, 1L, Long::sum);
    List<Long> lines = examples.computeIfAbsent(reason, k -> new ArrayList<>());
    if (lines.size() < EXAMPLE_LINES) {
      lines.add(line);
    }
  }

  /** Returns what reading the file found, given how many rows were read. */
  public FileReport report(String file, Dataset dataset, CsvDialect dialect, long read) {
    return new FileReport(file, dataset, dialect, read, count, reasons, examples);
  }

  /** Returns what reading the file found, with its accepted rows per schooljaar. */
  public FileReport report(
      String file,
      Dataset dataset,
      CsvDialect dialect,
      long read,
      java.util.SortedMap<nl.leamonitor.ingest.values.Schooljaar, Long> acceptedPerSchooljaar) {
    return new FileReport(
        file, dataset, dialect, read, count, reasons, examples, acceptedPerSchooljaar);
  }
}
