package nl.leamonitor.reports;

import nl.leamonitor.analytics.publish.Comparison;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.analytics.stats.ClopperPearson;

/**
 * How a wijk differs from the gemeente, at the two levels of PHE Fingertips: 95 % (about 2 standard
 * errors, z = 1.959963985) and 99.8 % (about 3, z = 3.090232306). With Zoetermeer's 9 wijken and 17
 * indicator lines some 150 comparisons are made, and at 95 % about 8 of them differ by chance
 * alone; a difference that holds at 99.8 % is one in 500 by chance. For a noemer under {@value
 * #EXACT_BELOW} the limits are exact (Clopper-Pearson), as the Wilson interval's coverage can fall
 * below its level there; from {@value #EXACT_BELOW} on they are the Wilson limits of the
 * publication, so that the 95 % judgement is the published {@code vergelijking}.
 *
 * @param comparison hoger, lager or gelijk at 95 %, or null where the rows cannot be compared
 * @param alsoAt998 whether the difference holds at 99.8 % as well
 * @param exact whether the limits are exact (a noemer under {@value #EXACT_BELOW})
 */
public record WijkDifference(Comparison comparison, boolean alsoAt998, boolean exact) {
  /** Below this noemer the judgement rests on exact binomial limits. */
  public static final int EXACT_BELOW = 30;

  /** No comparison: a count, a suppressed row or gemeente, or a row without interval. */
  static final WijkDifference NONE = new WijkDifference(null, false, false);

  /** Returns how a wijk row differs from its gemeente row (same indicator, year, category). */
  public static WijkDifference of(IndicatorRow wijk, IndicatorRow gemeente) {
    if (wijk == null
        || gemeente == null
        || wijk.onderdrukt()
        || gemeente.onderdrukt()
        || wijk.ciLaag() == null
        || gemeente.waarde() == null
        || gemeente.ciLaag() == null) {
      return NONE;
    }
    double value = gemeente.waarde();
    if (wijk.noemer() < EXACT_BELOW) {
      double factor =
          nl.leamonitor.analytics.catalogue.IndicatorCatalogue.byId(wijk.indicator())
              .scale()
              .factor();
      Comparison at95 =
          Comparison.of(
              factor * ClopperPearson.lower(wijk.teller(), wijk.noemer(), ClopperPearson.ALPHA95),
              factor * ClopperPearson.upper(wijk.teller(), wijk.noemer(), ClopperPearson.ALPHA95),
              value);
      Comparison at998 =
          Comparison.of(
              factor * ClopperPearson.lower(wijk.teller(), wijk.noemer(), ClopperPearson.ALPHA998),
              factor * ClopperPearson.upper(wijk.teller(), wijk.noemer(), ClopperPearson.ALPHA998),
              value);
      return new WijkDifference(at95, at95 != Comparison.GELIJK && at998 == at95, true);
    }
    Comparison at95 = wijk.vergelijking();
    Comparison at998 =
        wijk.ci998Laag() == null ? null : Comparison.of(wijk.ci998Laag(), wijk.ci998Hoog(), value);
    return new WijkDifference(
        at95, at95 != null && at95 != Comparison.GELIJK && at998 == at95, false);
  }
}
