package nl.leamonitor.reports.charts;

import java.util.List;
import nl.leamonitor.analytics.publish.IndicatorRow;
import org.jfree.chart.JFreeChart;

/**
 * A chart, the published rows it plots and the suppressed rows it leaves out or marks {@code x}, so
 * tests can check that a chart shows exactly the published numbers and never a suppressed one.
 *
 * @param chart the chart
 * @param plotted the rows whose values are drawn
 * @param notShown the suppressed rows of the chart's subject that are not drawn (named in its
 *     caption or marked x)
 */
public record PlottedChart(
    JFreeChart chart, List<IndicatorRow> plotted, List<IndicatorRow> notShown) {

  /** Returns this chart with a smaller title and legend, to be drawn at half the text width. */
  public PlottedChart compact() {
    ChartStyle.compact(chart);
    return this;
  }

  /** Returns whether the chart shows an {@code x}, which its page must explain. */
  public boolean showsSuppressed() {
    return !notShown.isEmpty();
  }
}
