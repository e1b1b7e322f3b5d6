package nl.leamonitor.ingest.lake;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.leamonitor.ingest.delivery.Dataset;

/**
 * Turns a dataset's staging CSV into its curated Parquet dataset with embedded DuckDB: types the
 * columns, finds the duplicates across all the dataset's files ({@code
 * sql/lake/duplicate_rows.sql}, a small table) and marks every row with them ({@code
 * sql/lake/mark_duplicates.sql}, a view), counts them per file and writes the rest,
 * hive-partitioned by schooljaar for personal datasets. DuckDB spills to a temporary folder, so
 * memory stays bounded whatever the delivery's size.
 */
public final class LakeBuilder implements AutoCloseable {
  private final Connection connection;

  /** Opens an in-memory DuckDB that spills to {@code tempDir}. */
  public LakeBuilder(Path tempDir, nl.leamonitor.ingest.MemoryLimit memoryLimit)
      throws SQLException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = connection.createStatement()) {
      s.execute("SET temp_directory = '" + quote(tempDir.toAbsolutePath().toString()) + "'");
      s.execute("SET memory_limit = '" + memoryLimit + "'");
      // Row order in the lake carries no meaning (readers sort); unordered writes use both cores.
      s.execute("SET preserve_insertion_order = false");
    }
  }

  /** Per-file counts that only the whole dataset can tell. */
  public record FileCounts(long duplicates, long outsideGemeente) {}

  /**
   * Writes one dataset to {@code target} (a folder of partitions, or one {@code .parquet} file for
   * a reference dataset) and returns the per-file counts keyed by file name.
   */
  public Map<String, FileCounts> build(
      Dataset dataset, List<LakeColumn> columns, Path staging, Path target)
      throws SQLException, java.io.IOException {
    String types =
        columns.stream()
            .map(c -> "'" + c.name() + "': '" + c.sqlType() + "'")
            .collect(Collectors.joining(", "));
    String columnList = columns.stream().map(LakeColumn::name).collect(Collectors.joining(", "));
    Map<String, FileCounts> counts = new HashMap<>();
    try (Statement s = connection.createStatement()) {
      // Views over the staging CSV: DuckDB parses it in parallel at each read, which at national
      // scale is cheaper than a table of every row (over the memory limit, it spills).
      s.execute(
          "CREATE OR REPLACE TEMP VIEW staged_rows AS SELECT * FROM read_csv('"
              + quote(staging.toAbsolutePath().toString())
              + "', header = true, delim = ',', quote = '\"', escape = '\"', dateformat ="
              + " '%Y-%m-%d', columns = {'bestand': 'VARCHAR', 'regelnummer': 'BIGINT', "
              + types
              + "})");
      s.execute("CREATE OR REPLACE TEMP TABLE duplicate_rows AS " + duplicateRows(dataset));
      s.execute("CREATE OR REPLACE TEMP VIEW ranked_rows AS " + markDuplicates(dataset));
      try (ResultSet rs = s.executeQuery(SqlResource.load("sql/lake/file_counts.sql"))) {
        while (rs.next()) {
          counts.put(rs.getString(1), new FileCounts(rs.getLong(2), rs.getLong(3)));
        }
      }
      String select =
          "SELECT bestand, regelnummer, " + columnList + " FROM ranked_rows WHERE NOT is_duplicaat";
      String path = quote(target.toAbsolutePath().toString());
      boolean anyKept;
      try (ResultSet rs =
          s.executeQuery("SELECT 1 FROM ranked_rows WHERE NOT is_duplicaat LIMIT 1")) {
        anyKept = rs.next();
      }
      if (dataset.personal() && anyKept) {
        s.execute(
            "COPY ("
                + select
                + ") TO '"
                + path
                + "' (FORMAT parquet, PARTITION_BY ("
                + LakeLayout.PARTITION_COLUMN
                + "))");
      } else if (dataset.personal()) {
        // A delivered dataset without rows still gets its schema, so readers see "none", not
        // "missing".
        java.nio.file.Files.createDirectories(target);
        s.execute(
            "COPY ("
                + select
                + ") TO '"
                + quote(target.resolve(dataset.lakeName() + ".parquet").toAbsolutePath().toString())
                + "' (FORMAT parquet)");
      } else {
        s.execute("COPY (" + select + ") TO '" + path + "' (FORMAT parquet)");
      }
      s.execute("DROP VIEW ranked_rows");
      s.execute("DROP TABLE duplicate_rows");
    }
    return counts;
  }

  /**
   * Returns {@code sql/lake/duplicate_rows.sql} for a dataset: the SQL both engines run over {@code
   * staged_rows} to find the rows (bestand, regelnummer) that repeat an earlier row's key.
   */
  public static String duplicateRows(Dataset dataset) {
    List<String> key = dataset.duplicateKey();
    return SqlResource.load("sql/lake/duplicate_rows.sql")
        .replace("{duplicate_key}", String.join(", ", key))
        .replace(
            "{s_duplicate_key}", key.stream().map(c -> "s." + c).collect(Collectors.joining(", ")));
  }

  /**
   * Returns {@code sql/lake/mark_duplicates.sql} for a dataset: the SQL both engines run over
   * {@code staged_rows} and {@code duplicate_rows} ({@link #duplicateRows}) to mark duplicates and
   * rows outside the gemeente.
   */
  public static String markDuplicates(Dataset dataset) {
    return SqlResource.load("sql/lake/mark_duplicates.sql")
        .replace(
            "{outside_gemeente}", dataset.locatedByPostcode() ? "s.wijk_code is null" : "false");
  }

  private static String quote(String literal) {
    return literal.replace("'", "''");
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
