package nl.leamonitor.ingest.validate;

import java.util.List;
import nl.leamonitor.ingest.lake.LakeColumn;

/** Checks one dataset's rows against contract section 1 and returns their typed lake values. */
public interface RowValidator {
  /** Returns the required columns, apart from the person's {@code leerling_id|bsn}. */
  List<String> requiredColumns();

  /** Returns the optional columns the contract names. */
  List<String> optionalColumns();

  /** Returns the lake columns that {@link #validate} fills, in order. */
  List<LakeColumn> lakeColumns();

  /**
   * Returns the row's lake values in the canonical text form of {@link #lakeColumns()} (dates ISO,
   * booleans {@code true}/{@code false}, null for empty), or throws the reason it is rejected.
   */
  String[] validate(Row row) throws RowRejected;
}
