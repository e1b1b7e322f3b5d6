package nl.leamonitor.ingest.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.leamonitor.ingest.MemoryLimit;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.validate.ValidatedBatch.Accepted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LakeBuilder} writes each partition from its own staging file and counts duplicates and
 * rows outside the gemeente per file from the duplicates and the staging's rows without a wijk: the
 * same counts as {@code sql/lake/file_counts.sql}, Spark's way, which reads every row.
 */
class LakeBuilderTest {
  @TempDir Path temp;

  /** Inschrijvingen, key (persoon, schooljaar, brin, vestiging, sector). */
  private static final List<LakeColumn> INSCHRIJVINGEN =
      List.of(
          LakeColumn.text("persoon"),
          LakeColumn.text("schooljaar"),
          LakeColumn.text("wijk_code"),
          LakeColumn.text("brin"),
          LakeColumn.text("vestiging"),
          LakeColumn.text("sector"));

  private static Accepted row(long line, String... values) {
    return new Accepted(line, values);
  }

  /**
   * a.csv: line 2 p1 first of its key (wijk WK1); line 3 p2 first, no wijk; line 4 p1's key again
   * without a wijk (a duplicate); line 5 p3 first, no wijk (2022-2023). b.csv (after a.csv): line 2
   * p2's key again with a wijk; line 3 p3's key again without a wijk; line 4 p4 first (2021-2022).
   * By hand: a.csv 1 duplicate (line 4), 3 rows without a wijk less 1 duplicate without one = 2
   * outside; b.csv 2 duplicates (lines 2 and 3), 1 row without a wijk less 1 duplicate = 0 outside.
   */
  @Test
  void countsPerFileAsFileCountsSqlAndWritesEachPartition() throws Exception {
    Path target = temp.resolve("lake/inschrijvingen");
    Map<String, LakeBuilder.FileCounts> counts;
    try (StagingWriter stage =
        new StagingWriter(temp.resolve("werk"), "inschrijvingen", INSCHRIJVINGEN)) {
      stage.append(
          "a.csv",
          StagingWriter.format(
              "a.csv",
              List.of(
                  row(2, "p1", "2023-2024", "WK1", "B1", null, "PO"),
                  row(3, "p2", "2023-2024", null, "B1", null, "PO"),
                  row(4, "p1", "2023-2024", "", "B1", null, "PO"),
                  row(5, "p3", "2022-2023", null, "B2", "01", "VO")),
              1,
              2));
      stage.append(
          "b.csv",
          StagingWriter.format(
              "b.csv",
              List.of(
                  row(2, "p2", "2023-2024", "WK2", "B1", null, "PO"),
                  row(3, "p3", "2022-2023", null, "B2", "01", "VO"),
                  row(4, "p4", "2021-2022", "WK1", "B3", null, "PO")),
              1,
              2));
      stage.close();
      assertEquals(
          List.of("2021-2022", "2022-2023", "2023-2024"), List.copyOf(stage.files().keySet()));
      assertEquals(
          fileCountsSql(Dataset.INSCHRIJVINGEN, stage),
          Map.of(
              "a.csv",
              new LakeBuilder.FileCounts(1, 2),
              "b.csv",
              new LakeBuilder.FileCounts(2, 0)));
      try (LakeBuilder builder =
          new LakeBuilder(temp.resolve("duckdb"), MemoryLimit.megabytes(256))) {
        counts = builder.build(Dataset.INSCHRIJVINGEN, INSCHRIJVINGEN, stage, target);
      }
    }
    assertEquals(
        Map.of(
            "a.csv", new LakeBuilder.FileCounts(1, 2), "b.csv", new LakeBuilder.FileCounts(2, 0)),
        counts);
    assertEquals(
        List.of(
            "schooljaar=2021-2022/data_0.parquet",
            "schooljaar=2022-2023/data_0.parquet",
            "schooljaar=2023-2024/data_0.parquet"),
        files(target));
    assertEquals(
        List.of(
            "2021-2022 b.csv 4 p4 WK1",
            "2022-2023 a.csv 5 p3 null",
            "2023-2024 a.csv 2 p1 WK1",
            "2023-2024 a.csv 3 p2 null"),
        rows(target, "persoon, wijk_code"));
  }

  /**
   * The staging is read without DuckDB's sniffer, which then guesses a few hundred rows for it; the
   * kept rows' join with the duplicates must still build on the duplicates (a LEFT join probed by
   * every staged row), not on the staged rows (a RIGHT join: nationally 12 s -> 20 s for the
   * vertragingen lake and 0.4 GB more memory). 4,000 staged rows, the last 2,000 repeating the
   * first 2,000: more duplicates than DuckDB guesses staged rows.
   */
  @Test
  void theDuplicatesJoinBuildsOnTheDuplicatesNotOnTheStagedRows() throws Exception {
    List<Accepted> rows = new ArrayList<>();
    for (int i = 0; i < 4_000; i++) {
      rows.add(row(i + 2, "p" + (i % 2_000), "2023-2024", "WK1", "B1", null, "PO"));
    }
    try (StagingWriter stage =
            new StagingWriter(temp.resolve("werk"), "inschrijvingen", INSCHRIJVINGEN);
        LakeBuilder builder = new LakeBuilder(temp.resolve("duckdb"), MemoryLimit.megabytes(256))) {
      stage.append("a.csv", StagingWriter.format("a.csv", rows, 1, 2));
      stage.close();
      String plan =
          builder.keptRowsPlan(Dataset.INSCHRIJVINGEN, INSCHRIJVINGEN, stage.files().values());
      assertTrue(plan.contains("Join Type: LEFT"), plan);
      assertFalse(plan.contains("Join Type: RIGHT"), plan);
    }
  }

  /**
   * Thuiszitters, key (persoon, categorie, startdatum): line 3 repeats line 2's key under another
   * schooljaar (a value no validator gives, so that a partition holds only a duplicate), which then
   * gets no folder, as under PARTITION_BY.
   */
  @Test
  void aPartitionOfOnlyDuplicatesGetsNoFolder() throws Exception {
    List<LakeColumn> columns =
        List.of(
            LakeColumn.text("persoon"),
            LakeColumn.text("categorie"),
            LakeColumn.text("startdatum"),
            LakeColumn.text("schooljaar"),
            LakeColumn.text("wijk_code"));
    Path target = temp.resolve("lake/thuiszitters");
    Map<String, LakeBuilder.FileCounts> counts;
    try (StagingWriter stage = new StagingWriter(temp.resolve("werk"), "thuiszitters", columns);
        LakeBuilder builder = new LakeBuilder(temp.resolve("duckdb"), MemoryLimit.megabytes(256))) {
      stage.append(
          "t.csv",
          StagingWriter.format(
              "t.csv",
              List.of(
                  row(2, "p1", "A", "2023-01-01", "2022-2023", null),
                  row(3, "p1", "A", "2023-01-01", "2019-2020", null)),
              3,
              4));
      stage.close();
      counts = builder.build(Dataset.THUISZITTERS, columns, stage, target);
    }
    assertEquals(Map.of("t.csv", new LakeBuilder.FileCounts(1, 1)), counts);
    assertEquals(List.of("schooljaar=2022-2023/data_0.parquet"), files(target));
  }

  /** A dataset without rows gets one Parquet file with its columns and no rows. */
  @Test
  void aDatasetWithoutRowsGetsItsColumns() throws Exception {
    Path target = temp.resolve("lake/inschrijvingen");
    Map<String, LakeBuilder.FileCounts> counts;
    try (StagingWriter stage =
            new StagingWriter(temp.resolve("werk"), "inschrijvingen", INSCHRIJVINGEN);
        LakeBuilder builder = new LakeBuilder(temp.resolve("duckdb"), MemoryLimit.megabytes(256))) {
      stage.close();
      counts = builder.build(Dataset.INSCHRIJVINGEN, INSCHRIJVINGEN, stage, target);
    }
    assertEquals(Map.of(), counts);
    assertEquals(List.of("inschrijvingen.parquet"), files(target));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*), string_agg(name, ',' ORDER BY name) FROM parquet_schema('"
                    + target.resolve("inschrijvingen.parquet")
                    + "') WHERE num_children IS NULL")) {
      rs.next();
      assertEquals(
          "bestand,brin,persoon,regelnummer,schooljaar,sector,vestiging,wijk_code",
          rs.getString(2));
    }
    assertFalse(Files.exists(target.resolve("schooljaar=2023-2024")));
  }

  /** Runs file_counts.sql over the staged rows, as the Spark engine does. */
  private static Map<String, LakeBuilder.FileCounts> fileCountsSql(
      Dataset dataset, StagingWriter stage) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      StringBuilder files = new StringBuilder();
      for (Path f : stage.files().values()) {
        files.append(files.isEmpty() ? "" : ", ").append('\'').append(f).append('\'');
      }
      s.execute(
          "CREATE VIEW staged_rows AS SELECT * FROM read_csv(["
              + files
              + "], header = true, all_varchar = true)");
      s.execute("CREATE TABLE duplicate_rows AS " + LakeBuilder.duplicateRows(dataset));
      s.execute("CREATE VIEW ranked_rows AS " + LakeBuilder.markDuplicates(dataset));
      Map<String, LakeBuilder.FileCounts> counts = new java.util.HashMap<>();
      try (ResultSet rs = s.executeQuery(SqlResource.load("sql/lake/file_counts.sql"))) {
        while (rs.next()) {
          counts.put(rs.getString(1), new LakeBuilder.FileCounts(rs.getLong(2), rs.getLong(3)));
        }
      }
      return counts;
    }
  }

  private static List<String> files(Path folder) throws Exception {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile)
          .map(p -> folder.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  private static List<String> rows(Path folder, String columns) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT schooljaar, bestand, regelnummer, "
                    + columns
                    + " FROM read_parquet('"
                    + folder
                    + "/**/*.parquet', hive_partitioning = true) ORDER BY ALL")) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder r = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          r.append(i > 1 ? " " : "").append(rs.getString(i));
        }
        rows.add(r.toString());
      }
    }
    return rows;
  }
}
