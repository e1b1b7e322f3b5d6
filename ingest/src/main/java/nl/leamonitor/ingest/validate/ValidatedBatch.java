package nl.leamonitor.ingest.validate;

import java.util.ArrayList;
import java.util.List;
import nl.leamonitor.ingest.csv.RawRow;

/**
 * A batch of one file's records after validation: the accepted rows' lake values and the rejected
 * rows with their reason. This is the unit of parallel work, on ingest's thread pool and inside
 * Spark tasks alike, so both engines apply the contract through the same code.
 *
 * @param accepted the accepted rows, in file order
 * @param rejected the rejected rows, in file order
 */
public record ValidatedBatch(List<Accepted> accepted, List<Rejected> rejected) {

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
    List<Accepted> accepted = new ArrayList<>(rows.size());
    List<Rejected> rejected = new ArrayList<>();
    for (RawRow raw : rows) {
      try {
        if (raw.fields().size() != header.size()) {
          throw new RowRejected(RejectReason.AANTAL_VELDEN_ONJUIST, null);
        }
        accepted.add(
            new Accepted(
                raw.line(), validator.validate(new Row(header, raw.line(), raw.fields()))));
      } catch (RowRejected r) {
        rejected.add(new Rejected(raw.line(), r, raw.fields()));
      }
    }
    return new ValidatedBatch(accepted, rejected);
  }
}
