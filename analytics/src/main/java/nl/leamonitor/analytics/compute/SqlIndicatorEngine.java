package nl.leamonitor.analytics.compute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.coverage.Coverage;
import nl.leamonitor.analytics.coverage.Delivered;
import nl.leamonitor.analytics.coverage.NotCovered;
import nl.leamonitor.analytics.coverage.Requirement;
import nl.leamonitor.analytics.forecast.BacktestCell;
import nl.leamonitor.analytics.forecast.ForecastCells;
import nl.leamonitor.analytics.forecast.SchoolWijkForecast;
import nl.leamonitor.analytics.forecast.WijkForecast;
import nl.leamonitor.ingest.codes.Sector;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * What every SQL engine does with the indicator SQL: staging tables over the lake ({@code
 * sql/staging/}), the shared intermediate models ({@code sql/intermediate/}) and each indicator's
 * model ({@code sql/indicators/}), all expanded for the engine's {@link SqlDialect}. Each model
 * names the models it reads ({@link SqlModel}); the order in which they are built is derived from
 * those names, the same for every engine. An engine only says how it reads the lake and runs a
 * statement.
 *
 * <p>Coverage (contract section 3) is applied here, the same for every engine: the coverage models
 * ({@code int_dekking_*}) list which schooljaren each kind of data was delivered for, and an
 * indicator's cells of a schooljaar it does not cover ({@link Coverage}) are dropped.
 */
public abstract class SqlIndicatorEngine implements IndicatorEngine {
  private final SqlDialect dialect;
  private final LocalDate rapportagedatum;
  private final Set<Dataset> available = EnumSet.noneOf(Dataset.class);

  /** The models built, in the order they were built. */
  private final Set<String> materialised = new java.util.LinkedHashSet<>();

  /** Nanoseconds each model took to build, and each indicator's own query. */
  private final Map<String, Long> buildNanos = new java.util.HashMap<>();

  private final Map<String, Long> queryNanos = new java.util.HashMap<>();
  private final Map<Requirement.Kind, Boolean> listed = new EnumMap<>(Requirement.Kind.class);
  private final Delivered delivered = new Delivered();

  protected SqlIndicatorEngine(SqlDialect dialect, LocalDate rapportagedatum) {
    this.dialect = dialect;
    this.rapportagedatum = rapportagedatum;
  }

  /** Returns whether the lake holds a dataset (delivered, possibly without rows). */
  protected abstract boolean exists(Dataset dataset) throws Exception;

  /**
   * Returns the relation that reads a dataset from the lake, for the staging SQL's {@code
   * {source}}.
   */
  protected abstract String source(Dataset dataset) throws Exception;

  /** Creates a staging table (or cached view) from a query. */
  protected abstract void stage(String name, String query) throws Exception;

  /** Creates a temporary view from a query. */
  protected abstract void view(String name, String query) throws Exception;

  /**
   * Creates a staging model over one lake dataset; by default a staging table like the shared
   * models ({@link #stage}). An engine that reads the lake cheaply per query may make it a view
   * instead, so that each model reads only the columns and partitions it needs.
   */
  protected void stageDataset(String name, String query) throws Exception {
    stage(name, query);
  }

  /** Drops a model built by {@link #stage}, freeing its memory. */
  protected abstract void drop(String name) throws Exception;

  /** Runs a query and returns its rows, each value as text (null stays null). */
  protected abstract List<String[]> rows(String query) throws Exception;

  /**
   * Loads a staging table for every delivered dataset; call once from the engine's constructor. The
   * other models are materialised when an indicator first reads them (see {@link #cells}).
   */
  protected final void load() throws Exception {
    for (Dataset d : Dataset.values()) {
      if (d != Dataset.POSTCODES && exists(d)) {
        SqlModel staging = SqlModel.load("stg_" + d.lakeName());
        long started = System.nanoTime();
        stageDataset(staging.name(), expand(staging).replace("{source}", source(d)));
        buildNanos.put(staging.name(), System.nanoTime() - started);
        available.add(d);
        materialised.add(staging.name());
      }
    }
  }

  /**
   * Materialises, in the order derived from their {@code ref()}s, the models a model reads that are
   * not there yet: an intermediate model as a table (a cached table in Spark), once, since several
   * indicators read each and recomputing their window functions per indicator dominated the
   * indicator phase at national scale; an indicator's model that another model reads (a
   * transition's cohort) as a view.
   */
  private void materialise(SqlModel model) throws Exception {
    for (SqlModel read : model.dependencies()) {
      if (materialised.contains(read.name())) {
        continue;
      }
      long started = System.nanoTime();
      switch (read.layer()) {
        case STAGING ->
            throw new IllegalStateException(
                "SQL-model " + read.name() + " hoort bij een dataset die niet is aangeleverd");
        case INTERMEDIATE -> stage(read.name(), expand(read));
        case INDICATORS -> view(read.name(), expand(read));
      }
      buildNanos.put(read.name(), System.nanoTime() - started);
      materialised.add(read.name());
    }
  }

  private String expand(SqlModel model) {
    return dialect.expand(model.sql(), rapportagedatum);
  }

  @Override
  public Set<Dataset> available() {
    return available;
  }

  @Override
  public List<Cell> compute(Indicator indicator) throws Exception {
    try {
      Delivered facts = delivered(indicator);
      return cells(indicator).stream()
          .filter(
              c ->
                  Coverage.unmet(indicator.coverage(), c.schooljaar(), facts, rapportagedatum)
                      .isEmpty())
          .toList();
    } catch (Exception e) {
      throw new IllegalStateException(
          "indicator " + indicator.id() + " kon niet berekend worden: " + e.getMessage(), e);
    }
  }

  @Override
  public List<NotCovered> notCovered(Indicator indicator) throws Exception {
    try {
      return Coverage.notCovered(
          indicator.id(), indicator.coverage(), delivered(indicator), rapportagedatum);
    } catch (Exception e) {
      throw new IllegalStateException(
          "dekking van indicator " + indicator.id() + " kon niet bepaald worden: " + e.getMessage(),
          e);
    }
  }

  /**
   * Returns what was delivered per schooljaar for the kinds of data an indicator's coverage reads
   * (and the enrolment schooljaren, the delivery's), listing each kind once per engine.
   */
  private Delivered delivered(Indicator indicator) throws Exception {
    if (indicator.coverage().isEmpty()) {
      return delivered;
    }
    list(Requirement.Kind.INSCHRIJVINGEN);
    for (Requirement r : indicator.coverage()) {
      list(r.kind());
    }
    return delivered;
  }

  /** Adds what a coverage model lists ({@code schooljaar, sector}) to what was delivered. */
  private void list(Requirement.Kind kind) throws Exception {
    if (kind.model().isEmpty() || listed.containsKey(kind)) {
      return;
    }
    SqlModel model = SqlModel.load(kind.model().get());
    materialise(model);
    if (!materialised.contains(model.name())) {
      long started = System.nanoTime();
      stage(model.name(), expand(model));
      buildNanos.put(model.name(), System.nanoTime() - started);
      materialised.add(model.name());
    }
    for (String[] row : rows("SELECT schooljaar, sector FROM " + model.name())) {
      delivered.add(kind, Schooljaar.of(row[0]), row[1]);
    }
    listed.put(kind, true);
  }

  @Override
  public SortedMap<Schooljaar, Long> rowsPerSchooljaar(Dataset dataset) throws Exception {
    if (!dataset.personal() || !available.contains(dataset)) {
      return new TreeMap<>();
    }
    SqlModel model =
        SqlModel.parse(
            "kwaliteit_rijen_" + dataset.lakeName(),
            nl.leamonitor.ingest.lake.SqlResource.load("sql/kwaliteit/rijen_per_schooljaar.sql")
                .replace("{dataset}", dataset.lakeName()));
    materialise(model);
    SortedMap<Schooljaar, Long> rows = new TreeMap<>();
    for (String[] row : rows("SELECT schooljaar, rijen FROM (" + expand(model) + ") AS rijen")) {
      rows.put(Schooljaar.of(row[0]), Long.parseLong(row[1]));
    }
    return rows;
  }

  /**
   * Returns the model that computes an indicator's cells: its own, the transition model over its
   * cohort, or its own outcome model with the outcomes' cells filled in.
   */
  static SqlModel model(Indicator indicator) {
    String name = indicator.sql().replaceFirst("\\.sql$", "");
    return indicator
        .transition()
        .map(
            t ->
                t.bySectorNextYear()
                    ? TransitionModel.of(name, t)
                    : TransitionModel.ownOutcomes(name, t))
        .orElseGet(() -> SqlModel.load(name));
  }

  /** Returns an indicator's wijk cells, computed after the models its model reads. */
  private List<Cell> cells(Indicator indicator) throws Exception {
    SqlModel model = model(indicator);
    materialise(model);
    String query =
        "SELECT schooljaar, wijk_code, uitsplitsing, categorie, teller, noemer FROM ("
            + expand(model)
            + ") AS cellen";
    long started = System.nanoTime();
    List<String[]> rows = rows(query);
    queryNanos.put(indicator.id(), System.nanoTime() - started);
    return rows.stream()
        .map(
            r ->
                new Cell(
                    Schooljaar.of(r[0]),
                    r[1],
                    r[2],
                    r[3],
                    Long.parseLong(r[4]),
                    r[5] == null ? null : Long.valueOf(r[5])))
        .toList();
  }

  /**
   * Returns what an indicator costs computed alone: its own query plus every model it reads
   * (staging, intermediate and coverage models, directly or through others), each counted in full
   * although other indicators share it; empty before {@link #compute}.
   */
  @Override
  public java.util.OptionalLong aloneMillis(Indicator indicator) {
    Long query = queryNanos.get(indicator.id());
    if (query == null) {
      return java.util.OptionalLong.empty();
    }
    long nanos = query;
    for (String name : modelsRead(indicator)) {
      nanos += buildNanos.getOrDefault(name, 0L);
    }
    return java.util.OptionalLong.of(nanos / 1_000_000);
  }

  /**
   * Returns the models an indicator reads, directly or through others: those of its own model and
   * of the coverage models that list what was delivered (with the enrolments', which every coverage
   * reads).
   */
  static Set<String> modelsRead(Indicator indicator) {
    Set<String> models = new java.util.TreeSet<>();
    model(indicator).dependencies().forEach(m -> models.add(m.name()));
    for (Requirement r : indicator.coverage()) {
      r.kind().model().ifPresent(name -> addWithDependencies(name, models));
    }
    if (!indicator.coverage().isEmpty()) {
      Requirement.Kind.INSCHRIJVINGEN.model().ifPresent(name -> addWithDependencies(name, models));
    }
    return models;
  }

  private static void addWithDependencies(String name, Set<String> models) {
    SqlModel model = SqlModel.load(name);
    model.dependencies().forEach(m -> models.add(m.name()));
    models.add(name);
  }

  /**
   * The models read after the indicators: the forecast's ({@link #forecast}) and the inhabitants'
   * ({@link #inhabitants}).
   */
  static final List<String> READ_AFTER_INDICATORS =
      List.of(
          "int_prognose_jaren",
          "p01_leerlingenprognose",
          "p01_schoolwijken",
          "p01_toets",
          "wijk_inwoners_0_23");

  /**
   * Drops the intermediate tables that nothing after the indicators reads ({@link
   * #READ_AFTER_INDICATORS}): nationally int_eerste_inschrijving alone holds 8 million
   * person-years, about 1 GB.
   */
  @Override
  public void indicatorsComputed() throws Exception {
    Set<String> kept = keptAfterIndicators();
    // Latest first: Spark resolves a cached model's definition when it uncaches it, so a model
    // goes before the models it reads.
    List<String> built = new ArrayList<>(materialised);
    java.util.Collections.reverse(built);
    for (String name : built) {
      if (SqlModel.layer(name) == SqlModel.Layer.INTERMEDIATE
          && !kept.contains(name)
          // The coverage models are small, and listed once (list).
          && !name.startsWith("int_dekking_")) {
        drop(name);
        materialised.remove(name);
      }
    }
  }

  /** Returns whether a model is built (and not dropped). */
  final boolean built(String name) {
    return materialised.contains(name);
  }

  /** Returns the models {@link #READ_AFTER_INDICATORS} read, directly or through others. */
  static Set<String> keptAfterIndicators() {
    Set<String> kept = new java.util.TreeSet<>();
    for (String name : READ_AFTER_INDICATORS) {
      kept.add(name);
      SqlModel.load(name).dependencies().forEach(m -> kept.add(m.name()));
    }
    return kept;
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
  public List<WijkInhabitants> inhabitants() throws Exception {
    if (!available.contains(Dataset.BEVOLKING) || !available.contains(Dataset.INSCHRIJVINGEN)) {
      return List.of(); // the reported schooljaren come from the enrolments
    }
    SqlModel model = SqlModel.load("wijk_inwoners_0_23");
    materialise(model);
    return rows("SELECT schooljaar, wijk_code, inwoners FROM (" + expand(model) + ") AS inwoners")
        .stream()
        .map(r -> new WijkInhabitants(Schooljaar.of(r[0]), r[1], Long.parseLong(r[2])))
        .toList();
  }

  @Override
  public List<AdviceCell> adviceCells() throws Exception {
    if (!available.contains(Dataset.SCHOOLADVIEZEN)
        || !available.contains(Dataset.INSCHRIJVINGEN)) {
      return List.of();
    }
    SqlModel model = SqlModel.load("advies_toets");
    materialise(model);
    Indicator i12 = IndicatorCatalogue.byId("I12_toetsadvies_hoger");
    Delivered facts = delivered(i12);
    return rows(
            "SELECT schooljaar, schooladvies, schooladvies_rang, toetsadvies, toetsadvies_rang,"
                + " aantal FROM ("
                + expand(model)
                + ") AS kruistabel ORDER BY schooljaar, schooladvies_rang, toetsadvies_rang")
        .stream()
        .map(
            r ->
                new AdviceCell(
                    Schooljaar.of(r[0]),
                    r[1],
                    Integer.parseInt(r[2]),
                    r[3],
                    Integer.parseInt(r[4]),
                    Long.parseLong(r[5])))
        // The years I12 covers, by the same rule (contract section 3).
        .filter(
            c -> Coverage.unmet(i12.coverage(), c.schooljaar(), facts, rapportagedatum).isEmpty())
        .toList();
  }

  @Override
  public ForecastCells forecast() throws Exception {
    List<Schooljaar> base = new ArrayList<>();
    List<Schooljaar> backtestBase = new ArrayList<>();
    for (String[] r : query("int_prognose_jaren", "schooljaar, rang", "rang")) {
      int rang = Integer.parseInt(r[1]);
      if (rang <= 3) {
        base.add(0, Schooljaar.of(r[0]));
      }
      if (rang >= 2 && rang <= 4) {
        backtestBase.add(0, Schooljaar.of(r[0]));
      }
    }
    List<WijkForecast> wijken =
        query(
                "p01_leerlingenprognose",
                "schooljaar, wijk_code, sector, leerlingen, basis",
                "1, 2, 3")
            .stream()
            .map(
                r ->
                    new WijkForecast(
                        Schooljaar.of(r[0]),
                        r[1],
                        Sector.valueOf(r[2]),
                        Double.parseDouble(r[3]),
                        Long.parseLong(r[4])))
            .toList();
    boolean schools = available.contains(Dataset.SCHOLEN);
    List<SchoolWijkForecast> schoolWijken =
        !schools
            ? List.of()
            : query(
                    "p01_schoolwijken",
                    "schooljaar, wijk_code, sector, leerlingen, basis, capaciteit, locaties,"
                        + " met_capaciteit",
                    "1, 2, 3")
                .stream()
                .map(
                    r ->
                        new SchoolWijkForecast(
                            Schooljaar.of(r[0]),
                            r[1],
                            Sector.valueOf(r[2]),
                            Double.parseDouble(r[3]),
                            Long.parseLong(r[4]),
                            Long.parseLong(r[5]),
                            Long.parseLong(r[6]),
                            Long.parseLong(r[7])))
                .toList();
    List<BacktestCell> backtest =
        query(
                "p01_toets",
                "schooljaar, wijk_code, sector, voorspeld, waargenomen, basis",
                "1, 2, 3")
            .stream()
            .map(
                r ->
                    new BacktestCell(
                        Schooljaar.of(r[0]),
                        r[1],
                        Sector.valueOf(r[2]),
                        Double.parseDouble(r[3]),
                        Long.parseLong(r[4]),
                        Long.parseLong(r[5])))
            .toList();
    return new ForecastCells(base, backtestBase, wijken, schools, schoolWijken, backtest);
  }

  /** Returns some columns of a model's rows, in an order, after the models it reads. */
  private List<String[]> query(String name, String columns, String orderBy) throws Exception {
    SqlModel model = SqlModel.load(name);
    materialise(model);
    return rows("SELECT " + columns + " FROM (" + expand(model) + ") AS m ORDER BY " + orderBy);
  }

  @Override
  public Gemeente gemeente() throws Exception {
    String[] row =
        rows("SELECT gemeente_code, coalesce(max(gemeente_naam), gemeente_code) FROM stg_wijken"
                + " GROUP BY gemeente_code ORDER BY count(*) DESC, gemeente_code LIMIT 1")
            .get(0);
    return new Gemeente(row[0], row[1]);
  }

  /** Returns a SQL string literal. */
  protected static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
