package nl.leamonitor.reports.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.reports.DutchFormat;
import nl.leamonitor.reports.pdf.ReportFonts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The gemeente's figures per category of a breakdown (I16: per situatie), each category a bar from
 * 0 with its value, in the breakdown's order: one bar per schooljaar given (the last final one and
 * a voorlopig one after it, lighter and named voorlopig in the legend).
 *
 * <p>Not a stack and no totaal bar: the categories partition the teller, so in a stack a suppressed
 * category would be the gap the others leave to the totaal. A suppressed category gets no bar, only
 * {@code x} at 0; the axis spans the published categories only.
 */
public final class BreakdownBarChart {
  /** Room beyond the longest bar for its value label. */
  private static final double LABEL_ROOM = 1.2;

  private BreakdownBarChart() {}

  /** The colour of a voorlopig schooljaar's bars: a light tint of the final bars' blue. */
  static final Color VOORLOPIG = new Color(0x9E, 0xCA, 0xE1);

  /**
   * Returns the chart of a gemeente's category rows of one or more schooljaren ({@code rows}: one
   * per category and schooljaar, any order), or null when none is published.
   */
  public static PlottedChart of(Indicator indicator, List<IndicatorRow> rows, String title) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<IndicatorRow> plotted = new ArrayList<>();
    List<IndicatorRow> notShown = new ArrayList<>();
    List<List<Boolean>> hidden = new ArrayList<>();
    List<IndicatorRow> years =
        rows.stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    IndicatorRow::schooljaar, r -> r, (a, b) -> a, java.util.TreeMap::new))
            .values()
            .stream()
            .toList();
    for (IndicatorRow year : years) {
      String series = year.schooljaar().label() + (year.voorlopig() ? " (voorlopig)" : "");
      List<Boolean> hiddenOfYear = new ArrayList<>();
      for (String categorie : indicator.breakdown().orElseThrow().categories()) {
        Optional<IndicatorRow> row =
            rows.stream()
                .filter(
                    r ->
                        categorie.equals(r.categorie()) && r.schooljaar().equals(year.schooljaar()))
                .findFirst();
        if (row.isEmpty()) {
          continue;
        }
        boolean published = !row.get().onderdrukt();
        dataset.addValue(published ? row.get().waarde() : null, series, Labels.category(categorie));
        hiddenOfYear.add(!published);
        (published ? plotted : notShown).add(row.get());
      }
      hidden.add(hiddenOfYear);
    }
    if (plotted.isEmpty()) {
      return null;
    }
    double highest = plotted.stream().mapToDouble(IndicatorRow::waarde).max().orElse(0);
    NumberAxis value = new NumberAxis(Labels.unit(indicator));
    value.setRange(0, highest > 0 ? highest * LABEL_ROOM : 1);
    Renderer renderer = new Renderer(hidden);
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.12);
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator() {
          @Override
          public String generateLabel(CategoryDataset data, int row, int column) {
            Number n = data.getValue(row, column);
            return n == null ? null : DutchFormat.number(indicator, n.doubleValue());
          }
        });
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ReportFonts.awt(Font.PLAIN, 6.5f));
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    CategoryAxis categories = new CategoryAxis(null);
    categories.setCategoryMargin(0.3);
    CategoryPlot plot = new CategoryPlot(dataset, categories, value, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    renderer.setItemMargin(0.05);
    JFreeChart chart = ChartStyle.apply(new JFreeChart(title, null, plot, years.size() > 1));
    ChartStyle.dutchNumbers(value);
    for (int y = 0; y < years.size(); y++) {
      renderer.setSeriesPaint(y, years.get(y).voorlopig() ? VOORLOPIG : ChartStyle.LINE);
    }
    if (!notShown.isEmpty()) {
      ChartStyle.caption(
          chart,
          DutchFormat.SUPPRESSED
              + ": niet gepubliceerd, geen staaf ("
              + DutchFormat.and(
                  notShown.stream()
                      .map(
                          r ->
                              Labels.category(r.categorie())
                                  + (years.size() > 1 ? " in " + r.schooljaar().label() : ""))
                      .toList())
              + ").");
    }
    String breakdown = indicator.breakdown().orElseThrow().name();
    return new PlottedChart(
        chart,
        plotted,
        notShown,
        "Staafdiagram: het cijfer van de gemeente per "
            + breakdown
            + ", elke "
            + breakdown
            + " een liggende staaf vanaf 0"
            + (years.size() > 1 ? ", per schooljaar een eigen staaf (voorlopig licht)" : "")
            + ". Een "
            + breakdown
            + " die niet gepubliceerd is, heeft een x bij 0.",
        table(indicator, rows, years, title));
  }

  /** Returns the figures of the bars: per category its value in each schooljaar, x where hidden. */
  private static FigureTable table(
      Indicator indicator, List<IndicatorRow> rows, List<IndicatorRow> years, String caption) {
    List<String> header = new ArrayList<>(List.of(Labels.breakdownHeader(indicator)));
    years.forEach(y -> header.add(y.schooljaar().label() + (y.voorlopig() ? " (voorlopig)" : "")));
    List<List<String>> cells = new ArrayList<>();
    for (String categorie : indicator.breakdown().orElseThrow().categories()) {
      List<String> row = new ArrayList<>(List.of(Labels.category(categorie)));
      boolean any = false;
      for (IndicatorRow year : years) {
        Optional<IndicatorRow> r =
            rows.stream()
                .filter(
                    x ->
                        categorie.equals(x.categorie()) && x.schooljaar().equals(year.schooljaar()))
                .findFirst();
        any |= r.isPresent();
        row.add(r.map(x -> Labels.valueCell(indicator, x)).orElse("-"));
      }
      if (any) {
        cells.add(row);
      }
    }
    java.util.Set<Integer> numeric = new java.util.HashSet<>();
    for (int i = 1; i < header.size(); i++) {
      numeric.add(i);
    }
    return FigureTable.of(caption, header, cells, numeric);
  }

  /** Returns the height in points a chart of a number of categories needs, with one year. */
  public static float height(int categories) {
    return height(categories, 1);
  }

  /** Returns the height in points a chart of a number of categories and schooljaren needs. */
  public static float height(int categories, int years) {
    return (years > 1 ? 100 : 80) + (10f + 8f * years) * categories;
  }

  /** Draws published values as bars and an {@code x} at 0 where a category is suppressed. */
  private static final class Renderer extends BarRenderer {
    private final List<List<Boolean>> hidden;

    Renderer(List<List<Boolean>> hidden) {
      this.hidden = hidden;
    }

    @Override
    public void drawItem(
        Graphics2D g2,
        CategoryItemRendererState state,
        Rectangle2D dataArea,
        CategoryPlot plot,
        CategoryAxis domainAxis,
        ValueAxis rangeAxis,
        CategoryDataset dataset,
        int row,
        int column,
        int pass) {
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
      if (pass != 0 || !hidden.get(row).get(column)) {
        return;
      }
      double middle =
          domainAxis.getCategorySeriesMiddle(
              column,
              getColumnCount(),
              row,
              getRowCount(),
              getItemMargin(),
              dataArea,
              plot.getDomainAxisEdge());
      SuppressedMark.atZero(g2, middle, dataArea, plot, rangeAxis);
    }
  }
}
