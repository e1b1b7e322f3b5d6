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
import java.util.SortedMap;
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
  private static final java.util.regex.Pattern PLAIN =
      java.util.regex.Pattern.compile("[0-9A-Za-z_-]+");
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
      // The staging files are read without DuckDB's sniffer (stage()), so DuckDB guesses a
      // few hundred rows for them. Its build-side optimizer would then build the hash join of
      // mark_duplicates.sql on every staged row instead of on the small duplicates table (a RIGHT
      // join: the national vertragingen lake 12 s -> 20 s, ingest's peak 1.5 -> 1.9 GB, and a
      // lake whose rows come out in another order). Without that optimizer each join builds on
      // the side the SQL puts on the right: the duplicates, the repeated keys.
      s.execute("SET disabled_optimizers = 'build_side_probe_side'");
    }
  }

  /** Per-file counts that only the whole dataset can tell. */
  public record FileCounts(long duplicates, long outsideGemeente) {}

  /**
   * Writes one dataset, staged by {@code staging} (closed), to {@code target} (a folder of
   * partitions, or one {@code .parquet} file for a reference dataset) and returns the per-file
   * counts keyed by file name.
   *
   * <p>The staged rows are read twice: by {@code duplicate_rows.sql}, and by the COPY that writes
   * them. The counts per file come from the small duplicates table and the staging's count of rows
   * without a wijk, which gives the same as {@code file_counts.sql} (Spark's way) without a third
   * read. A personal dataset is staged per partition, so each partition's file is written from its
   * own staging file, which costs DuckDB less than partitioning every row in one COPY; when a value
   * cannot name a folder as is, one partitioned COPY writes them all.
   */
  public Map<String, FileCounts> build(
      Dataset dataset, List<LakeColumn> columns, StagingWriter staging, Path target)
      throws SQLException, java.io.IOException {
    SortedMap<String, Path> files = staging.files();
    Map<String, FileCounts> counts = new HashMap<>();
    try (Statement s = connection.createStatement()) {
      // Views over the staging CSVs: DuckDB parses them in parallel at each read, which at national
      // scale is cheaper than a table of every row (over the memory limit, it spills).
      stage(s, columns, files.values());
      s.execute("CREATE OR REPLACE TEMP TABLE duplicate_rows AS " + duplicateRows(dataset));
      long duplicates = 0;
      Map<String, Long> withoutWijk = staging.withoutWijk();
      Map<String, long[]> perFile = new HashMap<>();
      withoutWijk.forEach((file, n) -> perFile.put(file, new long[] {0, n}));
      try (ResultSet rs =
          s.executeQuery(
              "SELECT bestand, count(*), count(*) FILTER (WHERE zonder_wijk)"
                  + " FROM duplicate_rows GROUP BY bestand")) {
        while (rs.next()) {
          long[] c = perFile.computeIfAbsent(rs.getString(1), f -> new long[2]);
          c[0] = rs.getLong(2);
          c[1] -= rs.getLong(3);
          duplicates += c[0];
        }
      }
      // Rows outside the gemeente are the accepted rows without a wijk that are no duplicate.
      perFile.forEach(
          (file, c) ->
              counts.put(file, new FileCounts(c[0], dataset.locatedByPostcode() ? c[1] : 0)));
      boolean anyKept = staging.rows() > duplicates;
      List<String> kept =
          columns.stream()
              .map(LakeColumn::name)
              .filter(c -> !dataset.personal() || !c.equals(LakeLayout.PARTITION_COLUMN))
              .toList();
      if (dataset.personal() && anyKept && files.keySet().stream().allMatch(LakeBuilder::plain)) {
        for (Map.Entry<String, Path> part : files.entrySet()) {
          stage(s, columns, List.of(part.getValue()));
          s.execute("CREATE OR REPLACE TEMP VIEW ranked_rows AS " + markDuplicates(dataset));
          Path folder = target.resolve(LakeLayout.PARTITION_COLUMN + "=" + part.getKey());
          Path file = folder.resolve("data_0.parquet");
          java.nio.file.Files.createDirectories(folder);
          long written =
              s.executeLargeUpdate(
                  "COPY ("
                      + kept(kept)
                      + ") TO '"
                      + quote(file.toAbsolutePath().toString())
                      + "' (FORMAT parquet)");
          if (written == 0) {
            // Every row of the partition repeats one of another: no folder, as with PARTITION_BY.
            java.nio.file.Files.delete(file);
            java.nio.file.Files.delete(folder);
          }
        }
      } else {
        s.execute("CREATE OR REPLACE TEMP VIEW ranked_rows AS " + markDuplicates(dataset));
        String all = columns.stream().map(LakeColumn::name).collect(Collectors.joining(", "));
        String select =
            "SELECT bestand, regelnummer, " + all + " FROM ranked_rows WHERE NOT is_duplicaat";
        String path = quote(target.toAbsolutePath().toString());
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
                  + quote(
                      target.resolve(dataset.lakeName() + ".parquet").toAbsolutePath().toString())
                  + "' (FORMAT parquet)");
        } else {
          s.execute("COPY (" + select + ") TO '" + path + "' (FORMAT parquet)");
        }
      }
      s.execute("DROP VIEW ranked_rows");
      s.execute("DROP TABLE duplicate_rows");
    }
    return counts;
  }

  /**
   * Returns DuckDB's plan (EXPLAIN's text) for the query that selects a dataset's kept rows from
   * staging files, as {@link #build} runs it per partition: to check which side its duplicates join
   * builds on. Leaves the views {@code staged_rows} and {@code ranked_rows} and the table {@code
   * duplicate_rows} behind, as {@link #build} replaces them.
   */
  String keptRowsPlan(Dataset dataset, List<LakeColumn> columns, java.util.Collection<Path> files)
      throws SQLException {
    try (Statement s = connection.createStatement()) {
      stage(s, columns, files);
      s.execute("CREATE OR REPLACE TEMP TABLE duplicate_rows AS " + duplicateRows(dataset));
      s.execute("CREATE OR REPLACE TEMP VIEW ranked_rows AS " + markDuplicates(dataset));
      StringBuilder plan = new StringBuilder();
      try (ResultSet rs =
          s.executeQuery("EXPLAIN " + kept(columns.stream().map(LakeColumn::name).toList()))) {
        while (rs.next()) {
          plan.append(rs.getString(2)).append('\n');
        }
      }
      return plan.toString();
    }
  }

  /**
   * Points the view {@code staged_rows} at staging files. The staging's dialect and columns are
   * ours, so nothing is detected ({@code auto_detect = false}): otherwise DuckDB sniffs the files
   * again each time a query over the view is planned, twice plus twice per partition for every
   * dataset (about 80 sniffs on the sample, 0.7 s of its ingest). The joins over the view then rely
   * on the connection's disabled build-side optimizer (see the constructor).
   */
  private static void stage(Statement s, List<LakeColumn> columns, java.util.Collection<Path> files)
      throws SQLException {
    String types =
        columns.stream()
            .map(c -> "'" + c.name() + "': '" + c.sqlType() + "'")
            .collect(Collectors.joining(", "));
    String list =
        files.stream()
            .map(f -> "'" + quote(f.toAbsolutePath().toString()) + "'")
            .collect(Collectors.joining(", "));
    s.execute(
        "CREATE OR REPLACE TEMP VIEW staged_rows AS SELECT * FROM read_csv(["
            + list
            + "], header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"',"
            + " dateformat = '%Y-%m-%d', columns = {'bestand': 'VARCHAR', 'regelnummer': 'BIGINT', "
            + types
            + "})");
  }

  /** The kept rows of {@code ranked_rows} with the given columns after the row's origin. */
  private static String kept(List<String> columns) {
    return "SELECT bestand, regelnummer, "
        + String.join(", ", columns)
        + " FROM ranked_rows WHERE NOT is_duplicaat";
  }

  /**
   * Returns whether a partition value names its folder as DuckDB's PARTITION_BY would, unescaped
   * (schooljaar labels such as {@code 2024-2025} do).
   */
  static boolean plain(String value) {
    return PLAIN.matcher(value).matches();
  }

  /**
   * Returns {@code sql/lake/duplicate_rows.sql} for a dataset: the SQL both engines run over {@code
   * staged_rows} to find the rows (bestand, regelnummer) that repeat an earlier row's key.
   */
  public static String duplicateRows(Dataset dataset) {
    List<String> key = dataset.duplicateKey();
    return SqlResource.load("sql/lake/duplicate_rows.sql")
        .replace("{outside_gemeente}", outsideGemeente(dataset))
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
        .replace("{outside_gemeente}", outsideGemeente(dataset));
  }

  private static String outsideGemeente(Dataset dataset) {
    return dataset.locatedByPostcode() ? "s.wijk_code is null" : "false";
  }

  private static String quote(String literal) {
    return literal.replace("'", "''");
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
