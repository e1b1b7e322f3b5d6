package nl.leamonitor.reports.charts;

import java.util.ArrayList;
import java.util.List;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.reports.PublishedTable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The gemeente's value over the schooljaren with its 95 % interval as a band (one line per category without totaal). */
public final class TrendChart {
  private TrendChart() {}

  /** Returns the chart, or null when fewer than two schooljaren have a published value. */
  public static PlottedChart of(Indicator indicator, PublishedTable table) {
    List<String> years = table.schooljaren(indicator.id());
    List<String> series = indicator.hasTotaal() ? java.util.Collections.singletonList(null) : table.categories(indicator.id());
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    List<IndicatorRow> plotted = new ArrayList<>();
    for (String categorie : series) {
      YIntervalSeries s = new YIntervalSeries(categorie == null ? "gemeente" : Labels.category(categorie));
      for (IndicatorRow r : table.gemeenteSeries(indicator.id(), categorie)) {
        if (r.onderdrukt() || r.waarde() == null) {
          continue;
        }
        double lower = r.ciLaag() == null ? r.waarde() : r.ciLaag();
        double upper = r.ciHoog() == null ? r.waarde() : r.ciHoog();
        s.add(years.indexOf(r.schooljaar()), r.waarde(), lower, upper);
        plotted.add(r);
      }
      if (s.getItemCount() > 0) {
        dataset.addSeries(s);
      }
    }
    long points = plotted.stream().map(IndicatorRow::schooljaar).distinct().count();
    if (points < 2) {
      return null;
    }
    SymbolAxis x = new SymbolAxis(null, years.toArray(new String[0]));
    x.setGridBandsVisible(false);
    NumberAxis y = new NumberAxis(Labels.unit(indicator));
    y.setAutoRangeIncludesZero(indicator.isCount());
    y.setUpperMargin(0.15);
    y.setLowerMargin(0.15);
    DeviationRenderer renderer = new DeviationRenderer(true, true);
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    JFreeChart chart = ChartStyle.apply(new JFreeChart(indicator.label() + ": " + Labels.GEMEENTE_TREND, null, plot,
        dataset.getSeriesCount() > 1));
    ChartStyle.dutchNumbers(y);
    for (int i = 0; i < dataset.getSeriesCount(); i++) {
      java.awt.Color c = Labels.SERIES[i % Labels.SERIES.length];
      renderer.setSeriesPaint(i, c);
      renderer.setSeriesFillPaint(i, new java.awt.Color(c.getRed(), c.getGreen(), c.getBlue(), 70));
      renderer.setSeriesStroke(i, new java.awt.BasicStroke(2f));
      renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
    }
    renderer.setAlpha(0.35f);
    return new PlottedChart(chart, plotted);
  }
}
