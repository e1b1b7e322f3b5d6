package nl.leamonitor.analytics;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.compute.AdviceCell;
import nl.leamonitor.analytics.compute.Gemeente;
import nl.leamonitor.analytics.compute.IndicatorEngine;
import nl.leamonitor.analytics.coverage.NotCovered;
import nl.leamonitor.analytics.protect.CrossTableProtection;
import nl.leamonitor.analytics.protect.PublishedBound;
import nl.leamonitor.analytics.protect.SmallNumberProtection;
import nl.leamonitor.analytics.publish.AdviceCrossTable;
import nl.leamonitor.analytics.publish.IndicatorCsvWriter;
import nl.leamonitor.analytics.publish.IndicatorParquetWriter;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.analytics.publish.IndicatorTable;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.values.Schooljaar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes every indicator whose datasets were delivered, protects small numbers, compares wijken
 * with the gemeente and writes {@code indicatoren.csv} and {@code indicatoren.parquet}.
 */
public final class AnalyticsJob {
  private static final Logger LOG = LoggerFactory.getLogger(AnalyticsJob.class);

  /**
   * What the indicators step published.
   *
   * @param rows the published rows, protected and in contract order
   * @param skipped the indicators not computed, with the datasets they miss
   * @param notCovered per indicator computed, the schooljaren of the delivery it does not cover,
   *     with what is missing (contract section 3)
   * @param rowsPerSchooljaar per personal dataset delivered, its accepted rows (duplicates dropped)
   *     per schooljaar, for data quality
   * @param rapportagedatum the rapportagedatum used
   * @param minCel the minimum cell size used
   * @param gemeente the gemeente's code and name, from wijken.csv
   * @param protection per indicator, the rows suppressed for being small and to protect others
   * @param protectionMillis how long small-number protection (with its audit) took, in ms
   * @param adviceCrossTable the cross-table of schooladvies against toetsadvies for the report: the
   *     latest schooljaar whose I12 gemeente row is published, protected ({@link
   *     CrossTableProtection}); empty without schooladviezen or where no year may be shown
   */
  public record Result(
      List<IndicatorRow> rows,
      List<Skipped> skipped,
      List<NotCovered> notCovered,
      java.util.Map<Dataset, SortedMap<Schooljaar, Long>> rowsPerSchooljaar,
      LocalDate rapportagedatum,
      int minCel,
      Gemeente gemeente,
      List<SmallNumberProtection.Cost> protection,
      long protectionMillis,
      Optional<AdviceCrossTable> adviceCrossTable) {}

  private final int minCel;
  private final List<PublishedBound> bounds;

  public AnalyticsJob(int minCel) {
    this(minCel, List.of());
  }

  /**
   * Creates the step; {@code bounds} are numbers the run publishes outside the indicator table
   * (from {@code datakwaliteit.csv}) that small-number protection must hold against.
   */
  public AnalyticsJob(int minCel, List<PublishedBound> bounds) {
    this.minCel = minCel;
    this.bounds = List.copyOf(bounds);
  }

  /** Runs the step with an engine over the run's lake and writes into the run folder. */
  public Result run(IndicatorEngine engine, Path runDir, LocalDate rapportagedatum)
      throws Exception {
    return run(engine, runDir, rapportagedatum, () -> {});
  }

  /**
   * Runs the step as {@link #run(IndicatorEngine, Path, LocalDate)}, and meanwhile, on a thread of
   * its own, work for the engine that does not need this step's result (the forecast's queries): it
   * starts when the indicators are computed, while small-number protection (Java alone, the engine
   * idle) runs, and it has ended before this step asks the engine anything again, also when
   * protection fails. The work keeps its own failures for whoever uses its result; an error that
   * escapes it is thrown here.
   */
  public Result run(
      IndicatorEngine engine, Path runDir, LocalDate rapportagedatum, Runnable whileProtecting)
      throws Exception {
    Set<Dataset> available = engine.available();
    SortedMap<String, String> wijken = engine.wijken();
    Gemeente gemeente = engine.gemeente();
    List<IndicatorRow> rows = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    List<NotCovered> notCovered = new ArrayList<>();
    for (Indicator indicator : IndicatorCatalogue.ALL) {
      Set<Dataset> missing =
          indicator.needs().stream()
              .filter(d -> !available.contains(d))
              .collect(Collectors.toCollection(java.util.TreeSet::new));
      if (!missing.isEmpty()) {
        Skipped why = new Skipped(indicator.id(), List.copyOf(missing));
        LOG.warn(why.message());
        skipped.add(why);
        continue;
      }
      for (NotCovered gap : engine.notCovered(indicator)) {
        // At the edges of a delivery (t+1 after its last schooljaar) a gap is expected; inside it,
        // data a partner should have delivered are missing.
        if (gap.beyondDelivery()) {
          LOG.info(gap.message());
        } else {
          LOG.warn(gap.message());
        }
        notCovered.add(gap);
      }
      long computing = System.nanoTime();
      List<IndicatorRow> table =
          IndicatorTable.voorlopig(
              indicator,
              IndicatorTable.build(
                  indicator, engine.compute(indicator), wijken, gemeente.code(), gemeente.naam()),
              rapportagedatum);
      // No row count here: placeholders added by protection (I03, I13) would make it differ from
      // the published table, and the difference would tell that a linked teller is 0.
      long millis = (System.nanoTime() - computing) / 1_000_000;
      java.util.OptionalLong alone = engine.aloneMillis(indicator);
      if (alone.isPresent()) {
        LOG.info(
            "Indicator {}: berekend ({} ms; alleen, met alle modellen die het leest: {} ms)",
            indicator.id(),
            millis,
            alone.getAsLong());
      } else {
        LOG.info("Indicator {}: berekend ({} ms)", indicator.id(), millis);
      }
      Set<Schooljaar> voorlopig =
          table.stream()
              .filter(IndicatorRow::voorlopig)
              .map(IndicatorRow::schooljaar)
              .collect(Collectors.toCollection(java.util.TreeSet::new));
      if (!voorlopig.isEmpty()) {
        LOG.info(
            "Indicator {}: {} voorlopig (het schooljaar loopt nog op {}): alleen gemeentecijfers",
            indicator.id(),
            voorlopig.stream().map(Schooljaar::label).collect(Collectors.joining(", ")),
            rapportagedatum);
      }
      rows.addAll(table);
    }
    java.util.Map<Dataset, SortedMap<Schooljaar, Long>> rowsPerSchooljaar =
        new java.util.EnumMap<>(Dataset.class);
    for (Dataset dataset : available) {
      if (dataset.personal()) {
        rowsPerSchooljaar.put(dataset, engine.rowsPerSchooljaar(dataset));
      }
    }
    // Before the forecast's queries start beside protection: what the engine drops here is read
    // by the indicators only.
    List<AdviceCell> adviceCells = engine.adviceCells();
    engine.indicatorsComputed();
    FutureTask<Void> alongside = new FutureTask<>(whileProtecting, null);
    Thread alongsideThread = new Thread(alongside, "lea-naast-kleine-aantallen");
    alongsideThread.setDaemon(true);
    alongsideThread.start();
    long started = System.nanoTime();
    SmallNumberProtection.Protection protection;
    long protectedAt;
    try {
      protection = SmallNumberProtection.protect(rows, minCel, bounds);
      // Protection's own time: waiting for the forecast's queries is not part of it.
      protectedAt = System.nanoTime();
    } finally {
      awaitEnd(alongside);
    }
    long protectionMillis = (protectedAt - started) / 1_000_000;
    List<IndicatorRow> published = new ArrayList<>(IndicatorTable.compare(protection.rows()));
    published.sort(IndicatorTable.ORDER);
    long suppressed = published.stream().filter(IndicatorRow::onderdrukt).count();
    try {
      alongside.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
    LOG.info(
        "Kleine aantallen: {} van de {} rijen onderdrukt (k = {}; controle {} ms)",
        suppressed,
        published.size(),
        minCel,
        protectionMillis);
    Optional<AdviceCrossTable> crossTable = adviceCrossTable(adviceCells, published);
    IndicatorCsvWriter.write(runDir.resolve("indicatoren.csv"), published);
    IndicatorParquetWriter.write(runDir.resolve("indicatoren.parquet"), published);
    return new Result(
        published,
        skipped,
        notCovered,
        rowsPerSchooljaar,
        rapportagedatum,
        minCel,
        gemeente,
        protection.costs(),
        protectionMillis,
        crossTable);
  }

  /**
   * Waits until the work has ended, however long: the engine it uses must not be asked or closed
   * while it runs. An interrupt is kept for later.
   */
  private static void awaitEnd(FutureTask<?> work) {
    boolean interrupted = false;
    while (true) {
      try {
        work.get();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      } catch (ExecutionException e) {
        break;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Returns the cross-table of the latest schooljaar that may be shown: the latest whose I12
   * gemeente row is published, protected; a year whose table a group too small withholds is passed
   * over for the one before it.
   */
  private Optional<AdviceCrossTable> adviceCrossTable(
      List<AdviceCell> cells, List<IndicatorRow> published) {
    java.util.TreeMap<Schooljaar, List<AdviceCell>> byYear = new java.util.TreeMap<>();
    cells.forEach(c -> byYear.computeIfAbsent(c.schooljaar(), y -> new ArrayList<>()).add(c));
    for (Schooljaar year : byYear.descendingKeySet()) {
      boolean i12Published =
          published.stream()
              .anyMatch(
                  r ->
                      r.indicator().equals("I12_toetsadvies_hoger")
                          && r.schooljaar().equals(year)
                          && r.isGemeente()
                          && IndicatorRow.TOTAAL.equals(r.uitsplitsing())
                          && !r.onderdrukt()
                          && !r.voorlopig());
      Optional<AdviceCrossTable> table =
          CrossTableProtection.protect(byYear.get(year), i12Published, minCel);
      if (table.isPresent()) {
        return table;
      }
    }
    return Optional.empty();
  }
}
