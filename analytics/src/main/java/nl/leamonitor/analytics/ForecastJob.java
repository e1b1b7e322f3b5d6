package nl.leamonitor.analytics;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leamonitor.analytics.compute.IndicatorEngine;
import nl.leamonitor.analytics.forecast.Backtest;
import nl.leamonitor.analytics.forecast.Explanation;
import nl.leamonitor.analytics.forecast.ForecastCells;
import nl.leamonitor.analytics.forecast.ForecastCsvWriter;
import nl.leamonitor.analytics.forecast.ForecastRow;
import nl.leamonitor.analytics.forecast.PupilForecast;
import nl.leamonitor.analytics.forecast.PupilForecasts;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.values.Schooljaar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the pupil forecast (P01, contract 3b) where {@code bevolkingsprognose.csv} was
 * delivered, and writes {@code prognose.csv}; without it, says why (Dutch) and writes nothing, so
 * the rest of the run is published as it would be.
 */
public final class ForecastJob {
  private static final Logger LOG = LoggerFactory.getLogger(ForecastJob.class);

  private final int minCel;

  public ForecastJob(int minCel) {
    this.minCel = minCel;
  }

  /**
   * Runs the step after the indicators (whose published I01 rows bound the backtest) and writes
   * {@code prognose.csv} into the run folder when there is a forecast.
   */
  public PupilForecast run(IndicatorEngine engine, Path runDir, List<IndicatorRow> published)
      throws Exception {
    return run(engine, runDir, published, 0);
  }

  /**
   * Runs the step as {@link #run(IndicatorEngine, Path, List)}, knowing how many rows of the
   * population forecast were rejected: with any, there is no forecast, since a rejected row is a
   * wijk, year and age the forecast would count as 0 (too low, and without a warning).
   */
  public PupilForecast run(
      IndicatorEngine engine, Path runDir, List<IndicatorRow> published, long rejectedForecastRows)
      throws Exception {
    return run(engine, runDir, published, query(engine, rejectedForecastRows));
  }

  /**
   * Returns the forecast's queries on the engine, not yet run: {@link Query#run} runs them (where
   * the run has a forecast to make) when and on whichever thread the caller likes, for example
   * while small-number protection leaves the engine idle; {@link #run(IndicatorEngine, Path, List,
   * Query)} then uses their result, or runs them itself.
   */
  public Query query(IndicatorEngine engine, long rejectedForecastRows) throws Exception {
    Set<Dataset> available = engine.available();
    boolean made =
        available.contains(Dataset.BEVOLKINGSPROGNOSE)
            && rejectedForecastRows <= 0
            && available.contains(Dataset.BEVOLKING);
    return new Query(engine, made, rejectedForecastRows);
  }

  /**
   * The forecast's queries on the engine ({@link IndicatorEngine#forecast}), run once: their
   * result, or the failure to report where the forecast is made, kept.
   */
  public static final class Query implements Runnable {
    private final IndicatorEngine engine;
    private final boolean made;
    private final long rejectedForecastRows;
    private boolean ran;
    private ForecastCells cells;
    private Exception failure;

    private Query(IndicatorEngine engine, boolean made, long rejectedForecastRows) {
      this.engine = engine;
      this.made = made;
      this.rejectedForecastRows = rejectedForecastRows;
    }

    /** Runs the queries, once, where the run has a forecast to make. */
    @Override
    public synchronized void run() {
      if (ran) {
        return;
      }
      ran = true;
      if (made) {
        try {
          cells = engine.forecast();
        } catch (Exception e) {
          failure = e;
        }
      }
    }

    private synchronized ForecastCells cells() throws Exception {
      run();
      if (failure != null) {
        throw failure;
      }
      return cells;
    }
  }

  /**
   * Runs the step as {@link #run(IndicatorEngine, Path, List, long)}, with the forecast's queries
   * run already or to run now.
   */
  public PupilForecast run(
      IndicatorEngine engine, Path runDir, List<IndicatorRow> published, Query query)
      throws Exception {
    long rejectedForecastRows = query.rejectedForecastRows;
    Set<Dataset> available = engine.available();
    PupilForecast forecast;
    if (available.contains(Dataset.BEVOLKINGSPROGNOSE) && rejectedForecastRows > 0) {
      forecast =
          PupilForecast.absent(
              new Explanation(
                  "Geen leerlingenprognose (P01): "
                      + rejectedForecastRows
                      + (rejectedForecastRows == 1 ? " regel" : " regels")
                      + " van referentie/bevolkingsprognose.csv afgekeurd (zie de afgekeurde"
                      + " regels in de interne map); met die gaten zou de prognose te laag"
                      + " uitvallen. Verbeter de regels en draai opnieuw.",
                  "Er is geen leerlingenprognose: de bevolkingsprognose van de gemeente bevat"
                      + " regels die niet te gebruiken zijn, en met die gaten zou de prognose te"
                      + " laag uitvallen. Met een verbeterde bevolkingsprognose volgt de prognose"
                      + " bij de volgende rapportage."));
    } else if (!available.contains(Dataset.BEVOLKINGSPROGNOSE)) {
      forecast =
          PupilForecast.absent(
              new Explanation(
                  "Geen leerlingenprognose (P01): referentie/bevolkingsprognose.csv is niet"
                      + " aangeleverd; lever de bevolkingsprognose van de gemeente per wijk, jaar"
                      + " en leeftijd aan om de prognose te maken.",
                  "Er is geen leerlingenprognose: de bevolkingsprognose van de gemeente (per wijk,"
                      + " jaar en leeftijd) is niet aangeleverd."));
    } else if (!available.contains(Dataset.BEVOLKING)) {
      forecast =
          PupilForecast.absent(
              new Explanation(
                  "Geen leerlingenprognose (P01): referentie/bevolking.csv is niet aangeleverd; de"
                      + " deelname per leeftijd rust op de bevolking van de basisjaren.",
                  "Er is geen leerlingenprognose: de bevolkingscijfers per wijk en leeftijd van de"
                      + " afgelopen jaren zijn niet aangeleverd, en de deelname per leeftijd rust"
                      + " daarop."));
    } else {
      forecast =
          PupilForecasts.build(
              query.cells(), engine.wijken(), engine.gemeente(), minCel, published);
    }
    if (!forecast.present()) {
      LOG.warn(forecast.missing().get().analyst());
      return forecast;
    }
    ForecastCsvWriter.write(runDir.resolve("prognose.csv"), forecast.rows());
    List<ForecastRow> rows = forecast.rows();
    LOG.info(
        "Leerlingenprognose (P01): {} rijen in prognose.csv tot en met {}, {} onderdrukt (k = {});"
            + " basisjaren {}",
        rows.size(),
        rows.get(rows.size() - 1).schooljaar().label(),
        rows.stream().filter(ForecastRow::onderdrukt).count(),
        minCel,
        forecast.baseYears().stream().map(Schooljaar::label).collect(Collectors.joining(", ")));
    forecast.notes().forEach(n -> LOG.warn(n.analyst()));
    forecast.backtestMissing().ifPresent(LOG::info);
    forecast.backtest().ifPresent(ForecastJob::logBacktest);
    return forecast;
  }

  /**
   * A backtest figure not shown: small, or giving a suppressed one away (the log says not which).
   */
  private static final String NOT_PUBLISHED =
      "niet gepubliceerd (te weinig leerlingen, of af te leiden uit andere cijfers)";

  private static void logBacktest(Backtest backtest) {
    for (Backtest.SectorError e : backtest.sectors()) {
      LOG.info(
          "Toetsing van de prognose, {} {}: voorspeld {}, waargenomen {}{}",
          e.sector().name(),
          backtest.doeljaar().label(),
          e.voorspeld() == null ? NOT_PUBLISHED : e.voorspeld(),
          e.waargenomen() == null
              ? NOT_PUBLISHED
              : e.waargenomen() + ", verschil " + e.verschil() + percent(e.procent()),
          e.grootsteWijk()
              .map(
                  w ->
                      "; grootste afwijking in "
                          + w.wijkNaam()
                          + ": voorspeld "
                          + w.voorspeld()
                          + ", waargenomen "
                          + w.waargenomen()
                          + ", verschil "
                          + w.verschil()
                          + percent(w.procent()))
              .orElse(""));
    }
  }

  /** Returns " (5,6 %)" for a percentage, with a decimal comma; empty for none. */
  private static String percent(Double procent) {
    return procent == null ? "" : " (" + String.valueOf(procent).replace('.', ',') + " %)";
  }
}
