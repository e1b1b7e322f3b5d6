package nl.leamonitor.analytics.forecast;

import nl.leamonitor.ingest.codes.Sector;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * The forecast pupils of a sector at the schools of one wijk (the herkomst-bestemming spread of the
 * last base year), beside the places of those schools, as the engine computes it.
 *
 * @param schooljaar the forecast schooljaar
 * @param wijkCode the school wijk
 * @param sector VVE, PO or VO
 * @param leerlingen the unrounded forecast
 * @param basis the resident pupils of the last base year at a school in the wijk
 * @param capaciteit the summed capaciteit of the wijk's locations of the sector that have one
 * @param locaties the wijk's school locations of the sector
 * @param metCapaciteit how many of them have a capaciteit
 */
public record SchoolWijkForecast(
    Schooljaar schooljaar,
    String wijkCode,
    Sector sector,
    double leerlingen,
    long basis,
    long capaciteit,
    long locaties,
    long metCapaciteit) {
  /** Returns whether every location of the sector in the wijk has a capaciteit. */
  public boolean complete() {
    return metCapaciteit == locaties;
  }
}
