package nl.leamonitor.analytics.forecast;

import nl.leamonitor.ingest.codes.Sector;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * One row of {@code prognose.csv}: the contract's columns (section 4), then {@code capaciteit} and
 * {@code tekort}, which only school-wijk rows fill. Suppressed rows carry no leerlingen and no
 * tekort (their capaciteit, a fact about a building, stays).
 *
 * @param schooljaar the forecast schooljaar
 * @param gebiedType gemeente, wijk or schoolwijk
 * @param gebiedCode {@code GM0637} or {@code WK063701}
 * @param gebiedNaam the area's name
 * @param sector VVE, PO or VO
 * @param leerlingen whole pupils (rounded half up), or null when suppressed
 * @param onderdrukt whether the row is suppressed (its base count is below k)
 * @param capaciteit the places of the school wijk's locations of the sector; null for other rows
 * @param tekort leerlingen minus capaciteit (negative: places to spare); null for other rows and
 *     when suppressed
 */
public record ForecastRow(
    Schooljaar schooljaar,
    GebiedType gebiedType,
    String gebiedCode,
    String gebiedNaam,
    Sector sector,
    Long leerlingen,
    boolean onderdrukt,
    Long capaciteit,
    Long tekort) {
  /** The indicator id every row carries. */
  public static final String INDICATOR = "P01_leerlingenprognose";
}
