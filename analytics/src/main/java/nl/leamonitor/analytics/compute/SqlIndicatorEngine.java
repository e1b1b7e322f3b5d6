package nl.leamonitor.analytics.compute;

import java.time.LocalDate;
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
 * What every SQL engine does with the indicator SQL: staging tables over the lake
 * ({@code sql/staging/}), the shared intermediate views ({@code sql/intermediate/}) and each
 * indicator's file ({@code sql/indicators/}), all expanded for the engine's {@link SqlDialect}.
 * An engine only says how it reads the lake and runs a statement.
 */
public abstract class SqlIndicatorEngine implements IndicatorEngine {
  private final SqlDialect dialect;
  private final LocalDate rapportagedatum;
  private final Set<Dataset> available = EnumSet.noneOf(Dataset.class);

  protected SqlIndicatorEngine(SqlDialect dialect, LocalDate rapportagedatum) {
    this.dialect = dialect;
    this.rapportagedatum = rapportagedatum;
  }

  /** Returns whether the lake holds a dataset (delivered, possibly without rows). */
  protected abstract boolean exists(Dataset dataset) throws Exception;

  /** Returns the relation that reads a dataset from the lake, for the staging SQL's {@code {source}}. */
  protected abstract String source(Dataset dataset) throws Exception;

  /** Creates a staging table (or cached view) from a query. */
  protected abstract void stage(String name, String query) throws Exception;

  /** Creates a temporary view from a query. */
  protected abstract void view(String name, String query) throws Exception;

  /** Runs a query and returns its rows, each value as text (null stays null). */
  protected abstract List<String[]> rows(String query) throws Exception;

  /** Loads the staging tables and intermediate views; call once from the engine's constructor. */
  protected final void load() throws Exception {
    for (Dataset d : Dataset.values()) {
      if (d != Dataset.POSTCODES && exists(d)) {
        stage("stg_" + d.lakeName(), sql("sql/staging/stg_" + d.lakeName() + ".sql").replace("{source}", source(d)));
        available.add(d);
      }
    }
    if (available.contains(Dataset.INSCHRIJVINGEN)) {
      intermediate("int_rapportage_schooljaren");
      intermediate("int_eerste_inschrijving");
      intermediate("int_schooljaren_met_vervolg");
      intermediate("int_sectoren_volgend_jaar");
      if (available.contains(Dataset.THUISZITTERS)) {
        intermediate("int_thuiszitter_cases");
        intermediate("int_thuiszitter_eerste_cases");
        intermediate("int_thuiszitters_5_17");
      }
    }
  }

  /**
   * Materialises an intermediate model once (a table in DuckDB, a cached table in Spark): several
   * indicators read each, and recomputing their window functions per indicator dominated the
   * indicator phase at national scale.
   */
  private void intermediate(String name) throws Exception {
    stage(name, sql("sql/intermediate/" + name + ".sql"));
  }

  private String sql(String resource) {
    return dialect.expand(SqlResource.load(resource), rapportagedatum);
  }

  @Override
  public Set<Dataset> available() {
    return available;
  }

  @Override
  public List<Cell> compute(Indicator indicator) throws Exception {
    try {
      return cells(indicator);
    } catch (Exception e) {
      throw new IllegalStateException("indicator " + indicator.id() + " kon niet berekend worden: " + e.getMessage(), e);
    }
  }

  private List<Cell> cells(Indicator indicator) throws Exception {
    String query = sql("sql/indicators/" + indicator.sql());
    if (indicator.transition().isPresent()) {
      Indicator.Transition t = indicator.transition().get();
      view("overgang_uitkomsten", query);
      query = sql("sql/indicators/overgang_cellen.sql")
          .replace("{hoofduitkomst}", t.main())
          .replace("{uitkomsten}", t.outcomes().stream().map(o -> "('" + o + "')").collect(Collectors.joining(", ")));
    }
    return rows("SELECT schooljaar, wijk_code, uitsplitsing, categorie, teller, noemer FROM (" + query + ") AS cellen")
        .stream()
        .map(r -> new Cell(r[0], r[1], r[2], r[3], Long.parseLong(r[4]), r[5] == null ? null : Long.valueOf(r[5])))
        .toList();
  }

  @Override
  public SortedMap<String, String> wijken() throws Exception {
    SortedMap<String, String> wijken = new TreeMap<>();
    for (String[] r : rows("SELECT wijk_code, wijk_naam FROM stg_wijken")) {
      wijken.put(r[0], r[1]);
    }
    return wijken;
  }

  @Override
  public String[] gemeente() throws Exception {
    return rows("SELECT gemeente_code, coalesce(max(gemeente_naam), gemeente_code) FROM stg_wijken"
        + " GROUP BY gemeente_code ORDER BY count(*) DESC, gemeente_code LIMIT 1").get(0);
  }

  /** Returns a SQL string literal. */
  protected static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
