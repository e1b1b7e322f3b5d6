package nl.leamonitor.ingest.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.leamonitor.ingest.csv.RawRow;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * A batch of one file's records after validation: the accepted rows' lake values and the rejected
 * rows with their reason. This is the unit of parallel work, on ingest's thread pool and inside
 * Spark tasks alike, so both engines apply the contract through the same code.
 *
 * @param accepted the accepted rows, in file order
 * @param rejected the rejected rows, in file order
 * @param acceptedPerSchooljaar the accepted rows per schooljaar, counted where the batch was
 *     validated when asked ({@link Collector}); empty otherwise
 */
public record ValidatedBatch(
    List<Accepted> accepted,
    List<Rejected> rejected,
    SortedMap<Schooljaar, Long> acceptedPerSchooljaar) {

  /** A batch whose accepted rows are not counted per schooljaar. */
  public ValidatedBatch(List<Accepted> accepted, List<Rejected> rejected) {
    this(accepted, rejected, Collections.emptySortedMap());
  }

  /**
   * An accepted row: the line it starts on and its lake values ({@link
   * RowValidator#lakeColumns()}).
   */
  public record Accepted(long line, String[] values) {}

  /** A rejected row: the line it starts on, why, and its fields as delivered. */
  public record Rejected(long line, RowRejected reason, List<String> fields) {}

  /**
   * Validates records of a file with a validator that no other thread uses at the same time
   * (validators hold a MAC, which is not thread-safe).
   */
  public static ValidatedBatch of(Header header, RowValidator validator, List<RawRow> rows) {
    Collector batch = new Collector(header, validator, rows.size(), -1);
    for (RawRow raw : rows) {
      batch.add(raw);
    }
    return batch.batch();
  }

  /**
   * Validates records one at a time as they are read, so that a record's fields are still in the
   * processor's cache when they are checked (a chunk of 10,000 parsed records is some megabytes),
   * with a validator that no other thread uses at the same time. It can count the accepted rows per
   * schooljaar on the same thread, while their values are in that cache too.
   */
  public static final class Collector {
    private final Header header;
    private final RowValidator validator;
    private final List<Accepted> accepted;
    private final List<Rejected> rejected = new ArrayList<>();

    /** The lake column that holds the schooljaar's label, or -1 when none is counted. */
    private final int schooljaar;

    /** The labels seen so far (a batch holds a few) and the accepted rows of each. */
    private String[] labels = new String[8];

    private long[] counts = new long[8];
    private int seen;

    /**
     * Starts an empty batch that expects about {@code rows} records, counting the accepted rows per
     * schooljaar by the label in lake column {@code schooljaar} (-1: not counted).
     */
    public Collector(Header header, RowValidator validator, int rows, int schooljaar) {
      this.header = header;
      this.validator = validator;
      this.accepted = new ArrayList<>(rows);
      this.schooljaar = schooljaar;
    }

    /** Validates the next record of the file. */
    public void add(RawRow raw) {
      String[] values;
      try {
        if (raw.fields().size() != header.size()) {
          throw new RowRejected(RejectReason.AANTAL_VELDEN_ONJUIST, null);
        }
        values = validator.validate(new Row(header, raw.line(), raw.fields()));
      } catch (RowRejected r) {
        rejected.add(new Rejected(raw.line(), r, raw.fields()));
        return;
      }
      accepted.add(new Accepted(raw.line(), values));
      if (schooljaar >= 0) {
        count(values[schooljaar]);
      }
    }

    private void count(String label) {
      for (int i = 0; i < seen; i++) {
        if (labels[i].equals(label)) {
          counts[i]++;
          return;
        }
      }
      if (seen == labels.length) {
        labels = Arrays.copyOf(labels, 2 * seen);
        counts = Arrays.copyOf(counts, 2 * seen);
      }
      labels[seen] = label;
      counts[seen++] = 1;
    }

    /** Returns the records validated so far, in file order. */
    public ValidatedBatch batch() {
      SortedMap<Schooljaar, Long> perSchooljaar = new TreeMap<>();
      for (int i = 0; i < seen; i++) {
        perSchooljaar.merge(Schooljaar.of(labels[i]), counts[i], Long::sum);
      }
      return new ValidatedBatch(accepted, rejected, perSchooljaar);
    }
  }
}
