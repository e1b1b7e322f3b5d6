package nl.leamonitor.reports.charts;

import java.util.List;
import nl.leamonitor.analytics.publish.IndicatorRow;
import org.jfree.chart.JFreeChart;

/**
 * A chart and the published rows it plots, so tests can check that a chart shows exactly the
 * published numbers and never a suppressed one.
 *
 * @param chart the chart
 * @param plotted the rows whose values are drawn
 */
public record PlottedChart(JFreeChart chart, List<IndicatorRow> plotted) {}
