package nl.leamonitor.ingest.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.leamonitor.ingest.validate.Header;
import nl.leamonitor.ingest.validate.RejectReason;
import nl.leamonitor.ingest.values.BsnMask;

/**
 * Which of a file's columns its reject file keeps, and how a rejected row becomes a reject record.
 * Only the dataset's own columns are kept, in file order and under their contract names: extra
 * columns may hold free text about a person, which the analyst does not need to find the row
 * (contract section 1, "Row validation"). The {@code bsn} column is masked whatever it holds, every
 * other kept field by {@link BsnMask#field}.
 */
public final class RejectColumns {
  private final List<String> names;
  private final int[] positions;
  private final int bsn;

  private RejectColumns(List<String> names, int[] positions, int bsn) {
    this.names = names;
    this.positions = positions;
    this.bsn = bsn;
  }

  /** Returns the columns of a file's header that are among the dataset's own columns. */
  public static RejectColumns of(Header header, Set<String> datasetColumns) {
    List<String> names = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (datasetColumns.contains(header.names().get(i))) {
        names.add(header.names().get(i));
        positions.add(i);
      }
    }
    return new RejectColumns(
        List.copyOf(names),
        positions.stream().mapToInt(Integer::intValue).toArray(),
        header.position("bsn"));
  }

  /**
   * Returns the reject file's header: regelnummer, reden, toelichting, kolom and the kept columns.
   */
  public List<String> header() {
    List<String> columns = new ArrayList<>(names.size() + 4);
    columns.add("regelnummer");
    columns.add("reden");
    columns.add("toelichting");
    columns.add("kolom");
    columns.addAll(names);
    return columns;
  }

  /**
   * Returns the reject record of a row: regelnummer, reden (the reason's code), toelichting (its
   * Dutch sentence), kolom and the kept fields, BSNs masked and formulas defused. A row with fewer
   * fields than the header has empty fields where it ends; fields past the header are left out with
   * the other extra columns. Spark tasks build it where the row is read, so no unmasked BSN travels
   * to the driver or into Spark's spill files.
   */
  public List<String> record(long line, RejectReason reason, String column, List<String> fields) {
    List<String> record = new ArrayList<>(positions.length + 4);
    record.add(Long.toString(line));
    record.add(reason.code());
    record.add(reason.explanation());
    record.add(column == null ? "" : column);
    for (int position : positions) {
      String value = position < fields.size() ? fields.get(position) : "";
      record.add(
          RejectWriter.protect(position == bsn ? BsnMask.always(value) : BsnMask.field(value)));
    }
    return record;
  }
}
