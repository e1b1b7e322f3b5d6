package nl.leamonitor.reports.charts;

import java.util.List;
import nl.leamonitor.analytics.publish.IndicatorRow;
import org.jfree.chart.JFreeChart;

/**
 * A chart, the published rows it plots and the suppressed rows it leaves out or marks {@code x}, so
 * tests can check that a chart shows exactly the published numbers and never a suppressed one; and
 * what it shows in words with the table of its figures, its text alternative on the web pages.
 *
 * @param chart the chart
 * @param plotted the rows whose values are drawn
 * @param notShown the suppressed rows of the chart's subject that are not drawn (named in its
 *     caption or marked x)
 * @param description what kind of chart it is and how it shows its figures, in a sentence
 * @param table its figures, {@code x} where suppressed
 */
public record PlottedChart(
    JFreeChart chart,
    List<IndicatorRow> plotted,
    List<IndicatorRow> notShown,
    String description,
    FigureTable table) {

  /** Returns this chart with a smaller title and legend, to be drawn at half the text width. */
  public PlottedChart compact() {
    ChartStyle.compact(chart);
    return this;
  }

  /** Returns whether the chart shows an {@code x}, which its page must explain. */
  public boolean showsSuppressed() {
    return !notShown.isEmpty();
  }

  /** Returns the chart as a figure: its title, description, drawing and table. */
  public Figure figure() {
    return new Figure(
        chart.getTitle().getText(),
        description,
        (g, area) -> chart.draw(g, area),
        List.of(table),
        showsSuppressed());
  }
}
