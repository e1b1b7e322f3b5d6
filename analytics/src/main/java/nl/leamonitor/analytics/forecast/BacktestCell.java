package nl.leamonitor.analytics.forecast;

import nl.leamonitor.ingest.codes.Sector;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * One wijk and sector of the backtest: the last base year forecast from the years before it with
 * its observed population, beside the pupils observed that year.
 *
 * @param schooljaar the last base year
 * @param wijkCode the residence wijk
 * @param sector VVE, PO or VO
 * @param voorspeld the unrounded forecast
 * @param waargenomen the pupils observed (I01's sector count)
 * @param basis the base count of the backtest's rates: the pupils of its base years
 */
public record BacktestCell(
    Schooljaar schooljaar,
    String wijkCode,
    Sector sector,
    double voorspeld,
    long waargenomen,
    long basis) {}
