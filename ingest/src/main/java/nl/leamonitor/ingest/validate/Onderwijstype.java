package nl.leamonitor.ingest.validate;

import nl.leamonitor.ingest.codes.Sector;

/** Reads the optional {@code onderwijstype}, which only VO, MBO and HBO rows carry. */
final class Onderwijstype {
  private Onderwijstype() {}

  /**
   * Returns the canonical onderwijstype, null when empty or ignored for the sector, or rejects an
   * unknown one.
   */
  static String of(Row row, Sector sector) throws RowRejected {
    String raw = row.text("onderwijstype");
    if (raw.isEmpty() || !sector.hasOnderwijstype()) {
      return null;
    }
    String value = sector.onderwijstype(raw);
    if (value == null) {
      throw new RowRejected(RejectReason.CODE_ONBEKEND, "onderwijstype");
    }
    return value;
  }
}
