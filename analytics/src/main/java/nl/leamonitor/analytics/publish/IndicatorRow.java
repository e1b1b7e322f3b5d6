package nl.leamonitor.analytics.publish;

import nl.leamonitor.ingest.values.Schooljaar;

/**
 * One row of {@code indicatoren.csv}. Suppressed rows carry no teller, noemer, value or interval.
 *
 * @param indicator the indicator's id
 * @param schooljaar the schooljaar, written as {@code 2023-2024}
 * @param gebiedType {@code gemeente} or {@code wijk}
 * @param gebiedCode {@code GM0637} or {@code WK063701}
 * @param gebiedNaam the area's name
 * @param uitsplitsing {@code totaal} or the breakdown's name
 * @param categorie the category, empty for totaal
 * @param teller the teller, or null when suppressed
 * @param noemer the noemer, or null when suppressed or a count
 * @param waarde the value, or null when suppressed
 * @param ciLaag the 95 % lower limit, or null
 * @param ciHoog the 95 % upper limit, or null
 * @param ci998Laag the 99.8 % lower limit (for funnel plots), or null
 * @param ci998Hoog the 99.8 % upper limit, or null
 * @param vergelijking the comparison with the gemeente, or null
 * @param onderdrukt whether the row is suppressed
 * @param voorlopig whether the row is voorlopig: its schooljaar was still running on the
 *     rapportagedatum (contract section 2); such rows exist for the gemeente only
 */
public record IndicatorRow(
    String indicator,
    Schooljaar schooljaar,
    String gebiedType,
    String gebiedCode,
    String gebiedNaam,
    String uitsplitsing,
    String categorie,
    Long teller,
    Long noemer,
    Double waarde,
    Double ciLaag,
    Double ciHoog,
    Double ci998Laag,
    Double ci998Hoog,
    Comparison vergelijking,
    boolean onderdrukt,
    boolean voorlopig) {

  /** The area types. */
  public static final String GEMEENTE = "gemeente";

  public static final String WIJK = "wijk";
  public static final String TOTAAL = "totaal";

  /** Returns whether this is the gemeente's row. */
  public boolean isGemeente() {
    return GEMEENTE.equals(gebiedType);
  }

  /** Returns this row suppressed: teller, noemer, value, intervals and comparison removed. */
  public IndicatorRow suppressed() {
    return new IndicatorRow(
        indicator,
        schooljaar,
        gebiedType,
        gebiedCode,
        gebiedNaam,
        uitsplitsing,
        categorie,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        true,
        voorlopig);
  }

  /** Returns this row with a comparison. */
  public IndicatorRow withComparison(Comparison comparison) {
    return new IndicatorRow(
        indicator,
        schooljaar,
        gebiedType,
        gebiedCode,
        gebiedNaam,
        uitsplitsing,
        categorie,
        teller,
        noemer,
        waarde,
        ciLaag,
        ciHoog,
        ci998Laag,
        ci998Hoog,
        comparison,
        onderdrukt,
        voorlopig);
  }

  /** Returns this row marked voorlopig. */
  public IndicatorRow asVoorlopig() {
    return new IndicatorRow(
        indicator,
        schooljaar,
        gebiedType,
        gebiedCode,
        gebiedNaam,
        uitsplitsing,
        categorie,
        teller,
        noemer,
        waarde,
        ciLaag,
        ciHoog,
        ci998Laag,
        ci998Hoog,
        vergelijking,
        onderdrukt,
        true);
  }
}
