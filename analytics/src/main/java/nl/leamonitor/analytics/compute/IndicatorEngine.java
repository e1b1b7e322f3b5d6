package nl.leamonitor.analytics.compute;

import java.util.List;
import java.util.Set;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.ingest.delivery.Dataset;

/** Computes indicator cells over the lake; DuckDB is the default engine. */
public interface IndicatorEngine extends AutoCloseable {
  /** Returns the lake datasets that were delivered (possibly without rows). */
  Set<Dataset> available();

  /**
   * Returns the wijk cells of one indicator, including cells with noemer 0 that count towards the
   * gemeente, for the schooljaren it covers (contract section 3) only.
   */
  List<Cell> compute(Indicator indicator) throws Exception;

  /**
   * Returns, after {@link #compute}, what the indicator would have cost computed alone: its own
   * query and every model it reads, shared ones counted in full (the benchmark compares it with a
   * query written by hand); empty when the engine does not measure it.
   */
  default java.util.OptionalLong aloneMillis(Indicator indicator) {
    return java.util.OptionalLong.empty();
  }

  /**
   * Returns the schooljaren of the delivery that an indicator does not cover, each with what is
   * missing, oldest first.
   */
  List<nl.leamonitor.analytics.coverage.NotCovered> notCovered(Indicator indicator)
      throws Exception;

  /**
   * Returns a personal dataset's accepted rows (duplicates dropped) per schooljaar, for data
   * quality; empty for a dataset not delivered.
   */
  java.util.SortedMap<nl.leamonitor.ingest.values.Schooljaar, Long> rowsPerSchooljaar(
      Dataset dataset) throws Exception;

  /** Returns the wijken of {@code wijken.csv}: code to name, in code order. */
  java.util.SortedMap<String, String> wijken() throws Exception;

  /**
   * Returns per reported schooljaar and wijk the inhabitants aged 0 to 23, the wijk's size in the
   * wijkvergelijking; none without a population file.
   */
  List<WijkInhabitants> inhabitants() throws Exception;

  /**
   * Returns the gemeente's cross-table of schooladvies against toetsadvies per schooljaar (I12's
   * cohort per pair of advices), in schooljaar and rank order; none without {@code schooladviezen}.
   * Not published as such: {@code CrossTableProtection} decides what of it a report may show.
   */
  List<AdviceCell> adviceCells() throws Exception;

  /**
   * Returns what the pupil forecast (P01, contract 3b) computes from the lake: the base years, the
   * unrounded forecast per wijk, the school-wijk spread where {@code scholen.csv} was delivered,
   * and the backtest. Call only when {@code bevolkingsprognose} and {@code bevolking} were
   * delivered.
   */
  nl.leamonitor.analytics.forecast.ForecastCells forecast() throws Exception;

  /**
   * Says that every indicator, the data-quality counts and the advice cells are computed: the
   * engine may free what only they read (nationally a table of 8 million person-years), so that
   * small-number protection and the forecast run beside less memory. What comes after (the
   * forecast, the inhabitants, the wijken) still works; a model freed that is read again is
   * rebuilt.
   */
  default void indicatorsComputed() throws Exception {}

  /** Returns the engine's name and version, e.g. {@code DuckDB v1.5.6}. */
  String version() throws Exception;

  /** Returns the gemeente's code and name from {@code wijken.csv}. */
  Gemeente gemeente() throws Exception;
}
