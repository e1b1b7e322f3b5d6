package nl.leamonitor.analytics.forecast;

import java.util.List;
import java.util.Optional;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * The pupil forecast of a run (P01, contract 3b; issue 16), everything a report chapter reads: the
 * rows of {@code prognose.csv}, the backtest, and in Dutch why something is missing.
 *
 * @param missing why there is no forecast (for the log and {@code manifest.json}, and for the
 *     report's reader); empty when there is one
 * @param baseYears the base years the participation rates rest on, oldest first
 * @param rows the rows of {@code prognose.csv} in file order: gemeente, school-wijk and wijk rows
 * @param notes what the analyst and the reader should know about the school wijken: not delivered,
 *     not compared, and why
 * @param backtest the backtest, where there was a base year before the last
 * @param backtestMissing why there is no backtest (Dutch); empty when there is one or no forecast
 */
public record PupilForecast(
    Optional<Explanation> missing,
    List<Schooljaar> baseYears,
    List<ForecastRow> rows,
    List<Explanation> notes,
    Optional<Backtest> backtest,
    Optional<String> backtestMissing) {
  /** Returns a run without a forecast, and why. */
  public static PupilForecast absent(Explanation why) {
    return new PupilForecast(
        Optional.of(why), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty());
  }

  /** Returns whether there is a forecast to publish. */
  public boolean present() {
    return missing.isEmpty();
  }

  /** Returns the rows of one kind of area. */
  public List<ForecastRow> rows(GebiedType type) {
    return rows.stream().filter(r -> r.gebiedType() == type).toList();
  }
}
