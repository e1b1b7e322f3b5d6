package nl.leamonitor.analytics.forecast;

import nl.leamonitor.ingest.codes.Sector;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * One wijk's forecast pupils of a sector in a schooljaar as the engine computes it (contract 3b),
 * before the gemeente, rounding and suppression.
 *
 * @param schooljaar the forecast schooljaar
 * @param wijkCode the residence wijk
 * @param sector VVE, PO or VO
 * @param leerlingen the unrounded forecast
 * @param basis the base count: the pupils of the base years that the rates rest on
 */
public record WijkForecast(
    Schooljaar schooljaar, String wijkCode, Sector sector, double leerlingen, long basis) {}
