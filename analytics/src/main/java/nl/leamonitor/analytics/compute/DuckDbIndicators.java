package nl.leamonitor.analytics.compute;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.leamonitor.ingest.MemoryLimit;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.lake.LakeLayout;

/**
 * The embedded DuckDB engine, the default: the lake read with {@code read_parquet}, staging as
 * views over it, the shared models in temporary tables.
 */
public final class DuckDbIndicators extends SqlIndicatorEngine {
  private final Connection connection;
  private final LakeLayout lake;

  /** Opens the lake of a run. */
  public DuckDbIndicators(
      Path lake, LocalDate rapportagedatum, Path tempDir, MemoryLimit memoryLimit)
      throws Exception {
    super(SqlDialect.DUCKDB, rapportagedatum);
    this.lake = LakeLayout.at(lake);
    connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = connection.createStatement()) {
      s.execute("SET temp_directory = " + literal(tempDir.toAbsolutePath().toString()));
      s.execute("SET memory_limit = " + literal(memoryLimit.toString()));
    }
    load();
  }

  private Path location(Dataset d) {
    return lake.path(d);
  }

  @Override
  protected boolean exists(Dataset dataset) {
    return Files.exists(location(dataset));
  }

  @Override
  protected String source(Dataset dataset) {
    String path = location(dataset).toAbsolutePath().toString();
    if (dataset.personal()) {
      return "read_parquet(" + literal(path + "/**/*.parquet") + ", hive_partitioning = true)";
    }
    // A reference table is one file, or a folder of part files when Spark built the lake.
    return "read_parquet("
        + literal(Files.isDirectory(location(dataset)) ? path + "/*.parquet" : path)
        + ")";
  }

  @Override
  protected void stage(String name, String query) throws SQLException {
    execute("CREATE TEMP TABLE " + name + " AS " + query);
  }

  /**
   * A staging model is a view over the lake's Parquet: each model that reads it scans only the
   * columns it uses and, through the hive partitioning, the schooljaren it keeps. Copying every
   * dataset into a temporary table first (17 million vertragingen nationally) took a third of the
   * indicator phase and most of the memory limit, so that the window functions after it spilled.
   */
  @Override
  protected void stageDataset(String name, String query) throws SQLException {
    view(name, query);
  }

  @Override
  protected void view(String name, String query) throws SQLException {
    execute("CREATE OR REPLACE TEMP VIEW " + name + " AS " + query);
  }

  @Override
  protected void drop(String name) throws SQLException {
    execute("DROP TABLE IF EXISTS " + name);
  }

  private void execute(String statement) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(statement);
    }
  }

  @Override
  protected List<String[]> rows(String query) throws SQLException {
    List<String[]> rows = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = rs.getString(i + 1);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Override
  public String version() throws SQLException {
    return "DuckDB " + rows("SELECT version()").get(0)[0];
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
