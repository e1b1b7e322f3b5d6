package nl.leamonitor.analytics.forecast;

import java.util.List;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * What an engine computes for the pupil forecast (P01) from the same SQL on every engine; {@link
 * PupilForecasts} turns it into the published rows.
 *
 * @param baseYears the forecast's base years, oldest first (at most three)
 * @param backtestBaseYears the backtest's base years, the ones before the last base year, oldest
 *     first (empty: no backtest)
 * @param wijken per forecast schooljaar, wijk and sector the unrounded forecast
 * @param schoolsDelivered whether {@code scholen.csv} was delivered
 * @param schoolWijken per forecast schooljaar, school wijk and sector with a capaciteit, the spread
 *     forecast
 * @param backtest per wijk and sector the backtest's forecast and observation
 */
public record ForecastCells(
    List<Schooljaar> baseYears,
    List<Schooljaar> backtestBaseYears,
    List<WijkForecast> wijken,
    boolean schoolsDelivered,
    List<SchoolWijkForecast> schoolWijken,
    List<BacktestCell> backtest) {}
