package nl.leamonitor.reports;

import java.util.Optional;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.analytics.stats.Newcombe;
import nl.leamonitor.analytics.stats.Wilson;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * A gemeente figure's change on the schooljaar before it, t-1 (not the previous year listed), with
 * the 95 % interval of the difference by Newcombe's hybrid score method: a change whose interval
 * contains 0 is said to be "niet significant", so that a difference of chance does not read as
 * news. No change where t-1 is missing, suppressed (x) or voorlopig.
 *
 * @param latest the figure of t
 * @param previous the figure of t-1, if published (possibly suppressed)
 */
record YearChange(IndicatorRow latest, Optional<IndicatorRow> previous) {

  /** Returns the change of a final figure on the same area and category in t-1. */
  static YearChange of(Indicator indicator, PublishedTable table, IndicatorRow latest) {
    Schooljaar before = new Schooljaar(latest.schooljaar().startYear() - 1);
    return new YearChange(
        latest,
        table
            .row(indicator.id(), before, latest.gebiedCode(), latest.categorie())
            .filter(r -> !r.voorlopig()));
  }

  /** Returns whether both years are published figures, so that a change can be shown. */
  boolean shown() {
    return previous.isPresent() && !latest.onderdrukt() && !previous.get().onderdrukt();
  }

  /** Returns the change in the indicator's unit (t minus t-1); only where {@link #shown}. */
  double difference() {
    return latest.waarde() - previous.get().waarde();
  }

  /**
   * Returns the 95 % interval of the change in the indicator's unit, or empty for a count or where
   * a teller exceeds its noemer (I04), which have no interval.
   */
  Optional<double[]> interval(Indicator indicator) {
    if (!shown() || indicator.isCount()) {
      return Optional.empty();
    }
    IndicatorRow p = previous.get();
    if (latest.teller() > latest.noemer() || p.teller() > p.noemer()) {
      return Optional.empty();
    }
    int factor = indicator.scale().factor();
    return Optional.of(
        new double[] {
          factor
              * Newcombe.lower(
                  latest.teller(), latest.noemer(), p.teller(), p.noemer(), Wilson.Z95),
          factor
              * Newcombe.upper(latest.teller(), latest.noemer(), p.teller(), p.noemer(), Wilson.Z95)
        });
  }

  /**
   * Returns whether the change is significant at 5 %: its interval excludes 0; false without an
   * interval.
   */
  boolean significant(Indicator indicator) {
    return interval(indicator).map(i -> i[0] > 0 || i[1] < 0).orElse(false);
  }

  /**
   * Returns the change as the summary shows it: {@code +1,2 %-punt (-0,5 tot +2,9), niet
   * significant}, {@code +2,7 %-punt (+0,9 tot +4,4)}, {@code +29} for a count, {@code x} where
   * either year is suppressed (a change would give it away), {@code -} without a year before.
   */
  String text(Indicator indicator) {
    if (previous.isEmpty()) {
      return "-";
    }
    if (!shown()) {
      return DutchFormat.SUPPRESSED;
    }
    String change = DutchFormat.change(indicator, difference());
    if (indicator.isCount()) {
      return change;
    }
    return interval(indicator)
        .map(
            i ->
                change
                    + " ("
                    + DutchFormat.signed(i[0])
                    + " tot "
                    + DutchFormat.signed(i[1])
                    + ")"
                    + (i[0] > 0 || i[1] < 0 ? "" : ", niet significant"))
        .orElse(change + " (geen interval)");
  }
}
