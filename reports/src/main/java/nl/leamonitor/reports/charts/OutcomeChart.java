package nl.leamonitor.reports.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.reports.PublishedTable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A transition's outcomes per wijk as stacked bars (shares of the cohort). Suppressed outcomes
 * are drawn only together, as one grey segment: their sum follows from the published cohort and
 * outcomes anyway, while each one alone stays hidden. A wijk without any published row is left out.
 */
public final class OutcomeChart {
  private OutcomeChart() {}

  /** The chart and the wijken left out because an outcome is suppressed. */
  public record Result(PlottedChart chart, List<String> leftOut) {}

  /** Returns the chart of a transition indicator for one schooljaar, or an empty chart when nothing can be shown. */
  public static Result of(Indicator indicator, PublishedTable table, String schooljaar) {
    List<String> outcomes = indicator.transition().orElseThrow().outcomes();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<IndicatorRow> plotted = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    List<String[]> areas = new ArrayList<>();
    table.gemeenteSeries(indicator.id(), null).stream().filter(r -> r.schooljaar().equals(schooljaar)).findFirst()
        .ifPresent(g -> areas.add(new String[] {g.gebiedCode(), "Gemeente " + g.gebiedNaam()}));
    table.wijkRows(indicator.id(), schooljaar, null).forEach(w -> areas.add(new String[] {w.gebiedCode(), w.gebiedNaam()}));
    String merged = "kleine aantallen, samen";
    for (String[] area : areas) {
      List<IndicatorRow> published = new ArrayList<>();
      Long cohort = null;
      for (String outcome : outcomes) {
        Optional<IndicatorRow> r = table.row(indicator.id(), schooljaar, area[0], outcome);
        if (r.isPresent() && !r.get().onderdrukt()) {
          published.add(r.get());
          cohort = r.get().noemer();
        }
      }
      if (cohort == null) {
        leftOut.add(area[1]);
        continue;
      }
      // Suppressed outcomes are shown only as their sum, which the published cohort and outcomes already give.
      double shown = 0;
      for (String outcome : outcomes) {
        Optional<IndicatorRow> r = published.stream().filter(p -> p.categorie().equals(outcome)).findFirst();
        double value = r.map(IndicatorRow::waarde).orElse(0.0);
        dataset.addValue(value, Labels.category(outcome), area[1]);
        shown += value;
      }
      dataset.addValue(published.size() == outcomes.size() ? 0.0 : Math.max(0, 100 - shown), merged, area[1]);
      plotted.addAll(published);
    }
    if (plotted.isEmpty()) {
      return new Result(null, leftOut);
    }
    StackedBarRenderer renderer = new StackedBarRenderer();
    NumberAxis y = new NumberAxis("% van het cohort");
    y.setRange(0, 100);
    CategoryAxis x = new CategoryAxis(null);
    x.setMaximumCategoryLabelWidthRatio(0.4f);
    CategoryPlot plot = new CategoryPlot(dataset, x, y, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
    JFreeChart chart = ChartStyle.apply(new JFreeChart(indicator.label() + ": waar het cohort van " + schooljaar
        + " een jaar later is", null, plot, true));
    ChartStyle.dutchNumbers(y);
    for (int i = 0; i < outcomes.size(); i++) {
      renderer.setSeriesPaint(i, Labels.SERIES[i % Labels.SERIES.length]);
    }
    renderer.setSeriesPaint(outcomes.size(), new java.awt.Color(0xCC, 0xCC, 0xCC));
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    return new Result(new PlottedChart(chart, plotted), leftOut);
  }
}
