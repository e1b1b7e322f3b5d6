package nl.leamonitor.reports;

import java.util.List;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.analytics.stats.WeightedLine;
import nl.leamonitor.analytics.stats.Wilson;

/**
 * A SMART target judged against the road to its schooljaar, with the sentence that says how:
 *
 * <ol>
 *   <li><em>behaald</em> where the 95 % interval of the latest final year lies entirely on the
 *       target's side (at least the target for {@code hoger}, at most for {@code lager});
 *   <li>otherwise, a straight line through the last {@value #MIN_YEARS} to {@value #MAX_YEARS}
 *       consecutive final years (never voorlopig ones), each weighted by the inverse of its
 *       variance (the square of its 95 % interval's half-width over z), is carried on to the
 *       target's schooljaar with its 95 % interval ({@link WeightedLine}: points that scatter more
 *       than their intervals allow widen it): <em>op koers</em> where the projection reaches the
 *       target, <em>niet op koers</em> where its interval lies entirely on the wrong side,
 *       otherwise <em>aandacht nodig</em>;
 *   <li>once the target's schooljaar has come, the latest year is judged alone: its interval
 *       entirely on the wrong side is <em>niet op koers</em>, otherwise <em>aandacht nodig</em>;
 *   <li><em>niet te beoordelen</em> without a published latest figure, for a count (no interval),
 *       or with fewer than {@value #MIN_YEARS} consecutive years to draw a line through.
 * </ol>
 *
 * @param status the status
 * @param reason how it was reached, a clause for the page: {@code het 95%-interval van 2023-2024
 *     (88,0 - 91,7 %) ligt geheel op of boven het doel van 80,0 %}
 */
record TargetCourse(Status status, String reason) {
  /** The fewest consecutive final years a line is drawn through. */
  static final int MIN_YEARS = 3;

  /** The most recent years a line is drawn through. */
  static final int MAX_YEARS = 5;

  /**
   * Returns the course of a target, given the indicator's final gemeente series (oldest first; no
   * voorlopig rows).
   */
  static TargetCourse judge(Target target, Indicator indicator, List<IndicatorRow> finalSeries) {
    String goal = "het doel van " + DutchFormat.value(indicator, target.value());
    if (finalSeries.isEmpty() || finalSeries.get(finalSeries.size() - 1).onderdrukt()) {
      return new TargetCourse(
          Status.NIET_TE_BEOORDELEN,
          "er is geen gepubliceerd cijfer van het laatste afgesloten schooljaar");
    }
    if (indicator.isCount()) {
      return new TargetCourse(
          Status.NIET_TE_BEOORDELEN,
          "een aantal heeft geen betrouwbaarheidsinterval om een lijn mee te trekken");
    }
    IndicatorRow latest = finalSeries.get(finalSeries.size() - 1);
    boolean higher = target.higherIsTarget();
    String side = higher ? "op of boven" : "op of onder";
    if (latest.ciLaag() != null
        && (higher ? latest.ciLaag() >= target.value() : latest.ciHoog() <= target.value())) {
      return new TargetCourse(
          Status.BEHAALD,
          "het 95%-interval van "
              + latest.schooljaar().label()
              + " ("
              + DutchFormat.interval(indicator, latest.ciLaag(), latest.ciHoog())
              + ") ligt geheel "
              + side
              + " "
              + goal);
    }
    if (target.deadline().compareTo(latest.schooljaar()) <= 0) {
      boolean missed =
          latest.ciLaag() != null
              && (higher ? latest.ciHoog() < target.value() : latest.ciLaag() > target.value());
      return new TargetCourse(
          missed ? Status.NIET_OP_KOERS : Status.AANDACHT_NODIG,
          "het doeljaar "
              + target.deadline().label()
              + " is bereikt en het 95%-interval van "
              + latest.schooljaar().label()
              + (missed
                  ? " ligt geheel " + (higher ? "onder " : "boven ") + goal
                  : " omvat " + goal + " nog"));
    }
    List<IndicatorRow> years =
        Series.consecutive(finalSeries, MAX_YEARS).stream()
            .filter(r -> r.ciLaag() != null && r.ciHoog() > r.ciLaag())
            .toList();
    if (years.size() < MIN_YEARS
        || !years.get(years.size() - 1).schooljaar().equals(latest.schooljaar())) {
      return new TargetCourse(
          Status.NIET_TE_BEOORDELEN,
          "er zijn "
              + years.size()
              + " opeenvolgende afgesloten schooljaren met een gepubliceerd cijfer, en een lijn"
              + " naar "
              + target.deadline().label()
              + " vraagt er minstens "
              + MIN_YEARS);
    }
    Projection p = Projection.of(indicator, years, target);
    String road =
        "de lijn door "
            + years.get(0).schooljaar().label()
            + " tot en met "
            + latest.schooljaar().label()
            + " komt in "
            + target.deadline().label()
            + " uit op "
            + DutchFormat.value(indicator, p.value())
            + " (95%-interval "
            + DutchFormat.interval(indicator, p.lower(), p.upper())
            + ")";
    if (higher ? p.value() >= target.value() : p.value() <= target.value()) {
      return new TargetCourse(Status.OP_KOERS, road + ", " + side + " " + goal);
    }
    if (higher ? p.upper() < target.value() : p.lower() > target.value()) {
      return new TargetCourse(
          Status.NIET_OP_KOERS,
          road
              + "; ook de "
              + (higher ? "bovengrens blijft onder " : "ondergrens blijft boven ")
              + goal);
    }
    return new TargetCourse(
        Status.AANDACHT_NODIG,
        road
            + ", "
            + (higher ? "onder " : "boven ")
            + goal
            + ", maar het doel ligt binnen het interval");
  }

  /**
   * Returns the sentence on the page: {@code VVE-bereik doelgroepkinderen: behaald, want het
   * 95%-interval van 2023-2024 (88,0 - 91,7 %) ligt geheel op of boven het doel van 80,0 %.}
   */
  String sentence(String label) {
    return label + ": " + status.label() + ", want " + reason + ".";
  }

  /**
   * The line's value at the target's schooljaar and its 95 % interval, in the indicator's unit and
   * within [0, scale].
   */
  record Projection(double value, double lower, double upper) {
    static Projection of(Indicator indicator, List<IndicatorRow> years, Target target) {
      double[] x = new double[years.size()];
      double[] y = new double[years.size()];
      double[] variance = new double[years.size()];
      for (int i = 0; i < years.size(); i++) {
        IndicatorRow r = years.get(i);
        x[i] = r.schooljaar().startYear();
        y[i] = r.waarde();
        double se = (r.ciHoog() - r.ciLaag()) / (2 * Wilson.Z95);
        variance[i] = se * se;
      }
      WeightedLine line = WeightedLine.fit(x, y, variance);
      double at = target.deadline().startYear();
      double value = line.at(at);
      double margin = Wilson.Z95 * line.standardError(at);
      double scale = indicator.scale().factor();
      return new Projection(
          clamp(value, scale), clamp(value - margin, scale), clamp(value + margin, scale));
    }

    private static double clamp(double value, double scale) {
      return Math.max(0, Math.min(scale, value));
    }
  }
}
