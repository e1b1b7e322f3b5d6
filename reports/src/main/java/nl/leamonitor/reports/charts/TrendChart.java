package nl.leamonitor.reports.charts;

import java.util.ArrayList;
import java.util.List;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.DutchFormat;
import nl.leamonitor.reports.PublishedTable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The gemeente's value over the schooljaren with its 95 % interval as a band (one line per category
 * without totaal). A schooljaar without a published value is a gap in the line and its band, never
 * bridged: a line from the year before to the year after would suggest a value.
 */
public final class TrendChart {
  private TrendChart() {}

  /**
   * A run of consecutive published schooljaren of one line; its label is the line's, so that the
   * runs of one line share a legend entry.
   */
  record Segment(String label, int index) implements Comparable<Segment> {
    @Override
    public int compareTo(Segment other) {
      int byLabel = label.compareTo(other.label);
      return byLabel != 0 ? byLabel : Integer.compare(index, other.index);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** Returns the chart, or null when fewer than two schooljaren have a published value. */
  public static PlottedChart of(Indicator indicator, PublishedTable table) {
    List<Schooljaar> years = table.schooljaren(indicator.id());
    List<String> lines =
        indicator.hasTotaal()
            ? java.util.Collections.singletonList(null)
            : table.categories(indicator.id());
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    List<Integer> lineOfSeries = new ArrayList<>();
    List<IndicatorRow> plotted = new ArrayList<>();
    List<IndicatorRow> notShown = new ArrayList<>();
    for (int line = 0; line < lines.size(); line++) {
      String categorie = lines.get(line);
      String label = categorie == null ? "gemeente" : Labels.category(categorie);
      YIntervalSeries segment = null;
      int previous = -2;
      for (IndicatorRow r : table.gemeenteSeries(indicator.id(), categorie)) {
        if (r.onderdrukt() || r.waarde() == null) {
          notShown.add(r);
          continue;
        }
        int x = years.indexOf(r.schooljaar());
        if (segment == null || x != previous + 1) {
          segment = new YIntervalSeries(new Segment(label, lineOfSeries.size()));
          dataset.addSeries(segment);
          lineOfSeries.add(line);
        }
        double lower = r.ciLaag() == null ? r.waarde() : r.ciLaag();
        double upper = r.ciHoog() == null ? r.waarde() : r.ciHoog();
        segment.add(x, r.waarde(), lower, upper);
        plotted.add(r);
        previous = x;
      }
    }
    long points = plotted.stream().map(IndicatorRow::schooljaar).distinct().count();
    if (points < 2) {
      return null;
    }
    SymbolAxis x =
        new SymbolAxis(null, years.stream().map(Schooljaar::label).toArray(String[]::new));
    x.setGridBandsVisible(false);
    NumberAxis y = new NumberAxis(Labels.unit(indicator));
    // From 0, so that a change looks as large as it is; a share stops at the top of its scale.
    double highest = 0;
    for (int s = 0; s < dataset.getSeriesCount(); s++) {
      for (int i = 0; i < dataset.getItemCount(s); i++) {
        highest = Math.max(highest, dataset.getEndYValue(s, i));
      }
    }
    double top = highest > 0 ? highest * 1.15 : 1;
    y.setRange(0, indicator.isCount() ? top : Math.min(indicator.scale().factor(), top));
    DeviationRenderer renderer = new DeviationRenderer(true, true);
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    boolean legend =
        lines.size() > 1 && plotted.stream().map(IndicatorRow::categorie).distinct().count() > 1;
    JFreeChart chart =
        ChartStyle.apply(
            new JFreeChart(
                indicator.label()
                    + ": "
                    + (indicator.isCount() ? Labels.GEMEENTE_COUNT : Labels.GEMEENTE_TREND),
                null,
                plot,
                legend));
    ChartStyle.dutchNumbers(y);
    List<Integer> firstOfLine = new ArrayList<>();
    for (int i = 0; i < dataset.getSeriesCount(); i++) {
      int line = lineOfSeries.get(i);
      java.awt.Color c = Labels.SERIES[line % Labels.SERIES.length];
      renderer.setSeriesPaint(i, c);
      renderer.setSeriesFillPaint(i, new java.awt.Color(c.getRed(), c.getGreen(), c.getBlue(), 70));
      renderer.setSeriesStroke(i, new java.awt.BasicStroke(2f));
      renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
      renderer.setSeriesVisibleInLegend(i, !firstOfLine.contains(line));
      firstOfLine.add(line);
    }
    renderer.setAlpha(0.35f);
    ChartStyle.caption(chart, gapCaption(indicator, notShown));
    return new PlottedChart(
        chart,
        plotted,
        notShown,
        "Lijngrafiek van de gemeente per schooljaar"
            + (indicator.isCount() ? "" : ", met het 95%-interval als band")
            + (lines.size() > 1
                ? ", een lijn per " + indicator.breakdown().orElseThrow().name()
                : "")
            + ". Een schooljaar zonder gepubliceerde waarde onderbreekt de lijn.",
        table(indicator, table, lines, chart.getTitle().getText()));
  }

  /**
   * Returns the figures of the lines: per schooljaar the gemeente's value and interval, {@code x}
   * where not published; per category of a breakdown its own rows.
   */
  private static FigureTable table(
      Indicator indicator, PublishedTable table, List<String> lines, String caption) {
    boolean categories = lines.size() > 1;
    List<String> header = new ArrayList<>();
    if (categories) {
      header.add(Labels.breakdownHeader(indicator));
    }
    header.add("Schooljaar");
    header.add(indicator.isCount() ? "Aantal" : "Waarde");
    if (!indicator.isCount()) {
      header.add("95%-interval");
    }
    List<List<String>> rows = new ArrayList<>();
    for (String categorie : lines) {
      for (IndicatorRow r : table.gemeenteSeries(indicator.id(), categorie)) {
        List<String> row = new ArrayList<>();
        if (categories) {
          row.add(Labels.category(categorie));
        }
        row.add(r.schooljaar().label());
        row.add(Labels.valueCell(indicator, r));
        if (!indicator.isCount()) {
          row.add(Labels.intervalCell(indicator, r));
        }
        rows.add(row);
      }
    }
    int first = categories ? 2 : 1;
    java.util.Set<Integer> numeric = new java.util.HashSet<>();
    for (int i = first + 1; i < header.size(); i++) {
      numeric.add(i);
    }
    numeric.add(first);
    return FigureTable.of(caption, header, rows, numeric);
  }

  /**
   * Returns the caption naming the schooljaren left open: {@code onderbroken waar niet gepubliceerd
   * (x): 2022-2023}.
   */
  private static String gapCaption(Indicator indicator, List<IndicatorRow> notShown) {
    if (notShown.isEmpty()) {
      return "";
    }
    List<String> gaps =
        notShown.stream()
            .map(
                r ->
                    (indicator.hasTotaal() || r.categorie() == null
                            ? ""
                            : Labels.category(r.categorie()) + " ")
                        + r.schooljaar().label())
            .toList();
    return "De lijn is onderbroken waar de waarde niet gepubliceerd is ("
        + DutchFormat.SUPPRESSED
        + "): "
        + String.join(", ", gaps);
  }
}
