package nl.leamonitor.ingest.lake;

/**
 * One typed column of a lake dataset.
 *
 * @param name the column name
 * @param sqlType its DuckDB type ({@code VARCHAR}, {@code DATE}, {@code INTEGER}, {@code DOUBLE},
 *     {@code BOOLEAN})
 */
public record LakeColumn(String name, String sqlType) {
  public static LakeColumn text(String name) {
    return new LakeColumn(name, "VARCHAR");
  }

  public static LakeColumn date(String name) {
    return new LakeColumn(name, "DATE");
  }

  public static LakeColumn integer(String name) {
    return new LakeColumn(name, "INTEGER");
  }

  public static LakeColumn decimal(String name) {
    return new LakeColumn(name, "DOUBLE");
  }

  public static LakeColumn bool(String name) {
    return new LakeColumn(name, "BOOLEAN");
  }
}
