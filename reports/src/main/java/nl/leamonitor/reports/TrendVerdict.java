package nl.leamonitor.reports;

import java.util.List;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.Polarity;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.analytics.stats.TrendTest;
import nl.leamonitor.analytics.stats.Wilson;

/**
 * Whether a gemeente series shows a trend a reader may act on, and the words for it. A marker
 * ("stijgend", "dalend") needs:
 *
 * <ul>
 *   <li>at least {@value #MIN_YEARS} consecutive final schooljaren (the last up to {@value
 *       #MAX_YEARS}, see {@link Series});
 *   <li>a significant chi-squared test for trend (Cochran-Armitage, p &lt; 0,05);
 *   <li>no significant departure from a straight line (chi-squared, k - 2 df, p &lt; 0,05): a
 *       series that rises and falls again has no direction, however its ends compare.
 * </ul>
 *
 * When the last change goes the other way, the marker says so: "laatste jaar iets lager, niet
 * significant"; when that change is itself significant, there is no marker ("richting onzeker").
 *
 * @param direction the direction shown as a marker, or NONE
 * @param text the words in the summary's Trend column
 */
record TrendVerdict(TrendTest.Direction direction, String text) {
  /** The fewest consecutive final years a trend is tested over. */
  static final int MIN_YEARS = 3;

  /** The most recent years a trend is tested over. */
  static final int MAX_YEARS = 5;

  private static final double ALPHA = 0.05;

  /** Returns the verdict on an indicator's final gemeente series (oldest first) in a table. */
  static TrendVerdict of(
      Indicator indicator, List<IndicatorRow> finalSeries, PublishedTable table) {
    if (indicator.isCount()) {
      return new TrendVerdict(TrendTest.Direction.NONE, "-");
    }
    List<IndicatorRow> years = Series.consecutive(finalSeries, MAX_YEARS);
    if (years.size() < MIN_YEARS) {
      return new TrendVerdict(TrendTest.Direction.NONE, "-");
    }
    long[] tellers = years.stream().mapToLong(IndicatorRow::teller).toArray();
    long[] noemers = years.stream().mapToLong(IndicatorRow::noemer).toArray();
    TrendTest.Direction direction = TrendTest.direction(tellers, noemers, Wilson.Z95);
    if (direction == TrendTest.Direction.NONE) {
      return new TrendVerdict(direction, "geen significante trend");
    }
    if (TrendTest.departurePValue(tellers, noemers) < ALPHA) {
      return new TrendVerdict(TrendTest.Direction.NONE, "geen trend: verloop niet rechtlijnig");
    }
    IndicatorRow latest = years.get(years.size() - 1);
    YearChange last = YearChange.of(indicator, table, latest);
    boolean up = direction == TrendTest.Direction.UP;
    // A change that shows as 0,0 (one decimal, as printed beside it) goes nowhere.
    long shownDifference = last.shown() ? Math.round(last.difference() * 10) : 0;
    boolean against = up ? shownDifference < 0 : shownDifference > 0;
    if (against && last.significant(indicator)) {
      return new TrendVerdict(
          TrendTest.Direction.NONE,
          "richting onzeker: laatste jaar significant " + (up ? "gedaald" : "gestegen"));
    }
    return new TrendVerdict(
        direction,
        marker(indicator, direction)
            + (against
                ? ", laatste jaar iets " + (up ? "lager" : "hoger") + " (niet significant)"
                : ""));
  }

  /** Returns {@code ↑ stijgend (slechter)}, {@code ↓ dalend (beter)}, by polarity. */
  private static String marker(Indicator indicator, TrendTest.Direction direction) {
    boolean up = direction == TrendTest.Direction.UP;
    String judgement =
        indicator.polarity() == Polarity.NEUTRAL
            ? ""
            : (up == (indicator.polarity() == Polarity.HIGHER_IS_BETTER))
                ? " (beter)"
                : " (slechter)";
    return (up ? "\u2191 stijgend" : "\u2193 dalend") + judgement;
  }
}
