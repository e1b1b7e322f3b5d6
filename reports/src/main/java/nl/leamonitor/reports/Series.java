package nl.leamonitor.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.leamonitor.analytics.publish.IndicatorRow;

/**
 * The years a trend or a projection may use: the run of consecutive schooljaren ending at the
 * latest final year, each published (not suppressed, not voorlopig) with a teller within its
 * noemer, at most a given number. A gap (a year not covered, or suppressed) ends the run: a trend
 * over 2019, 2020 and 2023 would treat three years apart as one.
 */
final class Series {
  private Series() {}

  /** Returns the last up to {@code most} consecutive usable years, oldest first. */
  static List<IndicatorRow> consecutive(List<IndicatorRow> finalSeries, int most) {
    List<IndicatorRow> run = new ArrayList<>();
    for (int i = finalSeries.size() - 1; i >= 0 && run.size() < most; i--) {
      IndicatorRow r = finalSeries.get(i);
      boolean usable =
          !r.onderdrukt()
              && !r.voorlopig()
              && r.teller() != null
              && (r.noemer() == null || r.teller() <= r.noemer());
      boolean follows =
          run.isEmpty()
              || r.schooljaar().startYear() == run.get(run.size() - 1).schooljaar().startYear() - 1;
      if (!usable || !follows) {
        break;
      }
      run.add(r);
    }
    Collections.reverse(run);
    return run;
  }
}
