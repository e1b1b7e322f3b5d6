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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.lake.SqlResource;

/**
 * The embedded DuckDB engine: loads the lake into staging tables ({@code sql/staging/}), defines
 * the shared intermediate views ({@code sql/intermediate/}) and runs each indicator's SQL
 * ({@code sql/indicators/}).
 */
public final class DuckDbIndicators implements IndicatorEngine {
  private final Connection connection;
  private final Set<Dataset> available = EnumSet.noneOf(Dataset.class);
  private final LocalDate rapportagedatum;

  /** Opens the lake of a run. */
  public DuckDbIndicators(Path lake, LocalDate rapportagedatum, Path tempDir, String memoryLimit) throws SQLException {
    this.rapportagedatum = rapportagedatum;
    connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = connection.createStatement()) {
      s.execute("SET temp_directory = '" + quote(tempDir.toAbsolutePath().toString()) + "'");
      s.execute("SET memory_limit = '" + quote(memoryLimit) + "'");
      for (Dataset d : Dataset.values()) {
        if (d == Dataset.POSTCODES) {
          continue;
        }
        Path source = d.personal() ? lake.resolve(d.lakeName()) : lake.resolve("referentie").resolve(d.lakeName() + ".parquet");
        if (Files.exists(source)) {
          String location = quote(source.toAbsolutePath().toString());
          String sql = SqlResource.load("sql/staging/stg_" + d.lakeName() + ".sql").replace("{source}",
              d.personal() ? "read_parquet('" + location + "/**/*.parquet', hive_partitioning = true)" : "read_parquet('" + location + "')");
          s.execute("CREATE TEMP TABLE stg_" + d.lakeName() + " AS " + sql);
          available.add(d);
        }
      }
      if (available.contains(Dataset.INSCHRIJVINGEN)) {
        view(s, "int_rapportage_schooljaren");
        view(s, "int_eerste_inschrijving");
        if (available.contains(Dataset.THUISZITTERS)) {
          view(s, "int_thuiszitter_cases");
          view(s, "int_thuiszitters_5_17");
        }
      }
    }
  }

  private void view(Statement s, String name) throws SQLException {
    s.execute("CREATE TEMP VIEW " + name + " AS " + sql("sql/intermediate/" + name + ".sql"));
  }

  private String sql(String resource) {
    return SqlDialect.DUCKDB.expand(SqlResource.load(resource), rapportagedatum);
  }

  @Override
  public Set<Dataset> available() {
    return available;
  }

  @Override
  public List<Cell> compute(Indicator indicator) throws SQLException {
    String sql = sql("sql/indicators/" + indicator.sql());
    try (Statement s = connection.createStatement()) {
      if (indicator.transition().isPresent()) {
        Indicator.Transition t = indicator.transition().get();
        s.execute("CREATE OR REPLACE TEMP VIEW overgang_uitkomsten AS " + sql);
        sql = sql("sql/indicators/overgang_cellen.sql")
            .replace("{hoofduitkomst}", t.main())
            .replace("{uitkomsten}", t.outcomes().stream().map(o -> "('" + o + "')").collect(Collectors.joining(", ")));
      }
      List<Cell> cells = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT schooljaar, wijk_code, uitsplitsing, categorie, teller, noemer FROM (" + sql + ")")) {
        while (rs.next()) {
          long noemer = rs.getLong(6);
          Long noemerOrNull = rs.wasNull() ? null : noemer;
          cells.add(new Cell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), noemerOrNull));
        }
      }
      return cells;
    }
  }

  @Override
  public SortedMap<String, String> wijken() throws SQLException {
    SortedMap<String, String> wijken = new TreeMap<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT wijk_code, wijk_naam FROM stg_wijken")) {
      while (rs.next()) {
        wijken.put(rs.getString(1), rs.getString(2));
      }
    }
    return wijken;
  }

  @Override
  public String version() throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT version()")) {
      rs.next();
      return "DuckDB " + rs.getString(1);
    }
  }

  @Override
  public String[] gemeente() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT gemeente_code, coalesce(max(gemeente_naam), gemeente_code) FROM stg_wijken"
            + " GROUP BY gemeente_code ORDER BY count(*) DESC, gemeente_code LIMIT 1")) {
      rs.next();
      return new String[] {rs.getString(1), rs.getString(2)};
    }
  }

  private static String quote(String literal) {
    return literal.replace("'", "''");
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
