package nl.leamonitor.ingest.validate;

/**
 * Signals that one row breaks a contract rule. Thrown per rejected row, so it carries no stack
 * trace: a delivery with many bad rows must not pay for them.
 */
public final class RowRejected extends Exception {
  private final RejectReason reason;
  private final String column;

  /** Creates a rejection for a reason and the column that caused it (null for the whole row). */
  public RowRejected(RejectReason reason, String column) {
    super(null, null, false, false);
    this.reason = reason;
    this.column = column;
  }

  /** Returns the reason's code and the column; made when asked, not for every rejected row. */
  @Override
  public String getMessage() {
    return reason.code() + (column == null ? "" : " (" + column + ")");
  }

  public RejectReason reason() {
    return reason;
  }

  /** Returns the offending column, or null when the row as a whole is at fault. */
  public String column() {
    return column;
  }
}
