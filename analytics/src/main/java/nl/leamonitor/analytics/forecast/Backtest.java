package nl.leamonitor.analytics.forecast;

import java.util.List;
import java.util.Optional;
import nl.leamonitor.ingest.codes.Sector;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * How good the method is here: the last base year forecast from the years before it, with that
 * year's observed population, beside the pupils observed. Only figures that are published anyway
 * (I01's unsuppressed counts) are compared, so the backtest reveals no suppressed count; and a
 * backtest forecast resting on fewer than k pupils is not shown (P01's own rule: its rates would
 * give those pupils away).
 *
 * @param doeljaar the last base year, the year forecast
 * @param baseYears the years the backtest's rates rest on, oldest first
 * @param sectors per sector VVE, PO, VO the error
 */
public record Backtest(Schooljaar doeljaar, List<Schooljaar> baseYears, List<SectorError> sectors) {
  /**
   * The backtest's error for one sector.
   *
   * @param sector VVE, PO or VO
   * @param voorspeld the gemeente's forecast, whole pupils, or null when it rests on fewer than k
   *     pupils
   * @param waargenomen the gemeente's observed pupils, or null when I01 does not publish it
   * @param verschil voorspeld minus waargenomen, or null with either
   * @param procent the difference as a percentage of waargenomen, one decimal; null with
   *     waargenomen or when it is 0
   * @param grootsteWijk the wijk whose forecast lay furthest from its observed pupils, among the
   *     wijken whose observed count I01 publishes and whose backtest rests on at least k pupils
   */
  public record SectorError(
      Sector sector,
      Long voorspeld,
      Long waargenomen,
      Long verschil,
      Double procent,
      Optional<WijkError> grootsteWijk) {}

  /**
   * One wijk's backtest error.
   *
   * @param wijkCode the wijk
   * @param wijkNaam its name
   * @param voorspeld the forecast, whole pupils
   * @param waargenomen the observed pupils
   * @param verschil voorspeld minus waargenomen
   * @param procent the difference as a percentage of waargenomen, one decimal; null when it is 0
   */
  public record WijkError(
      String wijkCode,
      String wijkNaam,
      long voorspeld,
      long waargenomen,
      long verschil,
      Double procent) {}
}
