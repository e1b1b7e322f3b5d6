package nl.leamonitor.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.DutchFormat;
import nl.leamonitor.reports.Judgement;
import nl.leamonitor.reports.PublishedTable;
import nl.leamonitor.reports.WijkDifference;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Wijk values as horizontal bars with 95 % whiskers, the gemeente as a dashed reference line, bars
 * coloured by {@link Judgement}. Suppressed wijken get no bar and no place in the order; the
 * caption names them ({@code 1 wijk niet getoond (x): Westhove}).
 */
public final class WijkBarChart {
  /** Room beyond the longest whisker for its value label, as a factor of the axis. */
  private static final double LABEL_ROOM = 1.16;

  private WijkBarChart() {}

  /**
   * Returns the chart of one schooljaar and category (null: totaal); sorted by value when ranking.
   */
  public static PlottedChart of(
      Indicator indicator,
      PublishedTable table,
      Schooljaar schooljaar,
      String categorie,
      boolean ranking,
      String title) {
    // Suppressed wijken get no bar, no label and no place in the ranking: the caption names them.
    List<IndicatorRow> rows = new ArrayList<>();
    List<IndicatorRow> notShown = new ArrayList<>();
    for (IndicatorRow r : table.wijkRows(indicator.id(), schooljaar, categorie)) {
      (r.onderdrukt() ? notShown : rows).add(r);
    }
    if (ranking) {
      rows.sort(Comparator.comparing(IndicatorRow::waarde).reversed());
    }
    Optional<IndicatorRow> gemeente =
        table.gemeenteSeries(indicator.id(), categorie).stream()
            .filter(g -> g.schooljaar().equals(schooljaar))
            .findFirst();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<IndicatorRow> plotted = new ArrayList<>();
    List<double[]> whiskers = new ArrayList<>();
    List<Judgement> judgements = new ArrayList<>();
    boolean strict = false;
    boolean exact = false;
    for (IndicatorRow r : rows) {
      WijkDifference difference = WijkDifference.of(r, gemeente.orElse(null));
      // A difference that holds at 99,8 % as well is marked after the wijk's name.
      dataset.addValue(
          r.waarde(), "wijk", r.gebiedNaam() + (difference.alsoAt998() ? STRICT_MARK : ""));
      whiskers.add(r.ciLaag() == null ? null : new double[] {r.ciLaag(), r.ciHoog()});
      judgements.add(Judgement.of(difference.comparison(), indicator.polarity()));
      strict |= difference.alsoAt998();
      exact |= difference.exact() && difference.comparison() != null;
      plotted.add(r);
    }
    if (plotted.isEmpty()) {
      return null;
    }
    WhiskerBarRenderer renderer =
        new WhiskerBarRenderer(
            whiskers,
            indicator.isCount() ? null : judgements,
            rows.stream().map(r -> DutchFormat.number(indicator, r.waarde())).toList());
    CategoryAxis x = new CategoryAxis(null);
    x.setCategoryMargin(0.15);
    x.setMaximumCategoryLabelWidthRatio(0.4f);
    NumberAxis y = new NumberAxis(Labels.unit(indicator));
    double highest = 0;
    for (int i = 0; i < rows.size(); i++) {
      highest =
          Math.max(highest, whiskers.get(i) == null ? rows.get(i).waarde() : whiskers.get(i)[1]);
    }
    // Whiskers and the value labels beyond them stay inside the plot; all zeros still get an axis.
    y.setRange(0, highest > 0 ? highest * LABEL_ROOM : 1);
    ChartStyle.dutchNumbers(y);
    CategoryPlot plot = new CategoryPlot(dataset, x, y, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
    JFreeChart chart = ChartStyle.apply(new JFreeChart(title, null, plot, !indicator.isCount()));
    ChartStyle.dutchNumbers(y);
    gemeente.filter(IndicatorRow::onderdrukt).ifPresent(notShown::add);
    // A count's gemeente is the sum of its wijken, no reference for them: no line, no whiskers.
    gemeente
        .filter(g -> !indicator.isCount() && !g.onderdrukt() && g.waarde() != null)
        .ifPresent(
            g -> {
              plot.addRangeMarker(
                  new ValueMarker(g.waarde(), ChartStyle.GEMEENTE, ChartStyle.REFERENCE));
              org.jfree.chart.title.TextTitle subtitle =
                  new org.jfree.chart.title.TextTitle(
                      "stippellijn: gemeente "
                          + DutchFormat.value(indicator, g.waarde())
                          + "; streepjes: 95%-interval van de wijk",
                      nl.leamonitor.reports.pdf.ReportFonts.awt(java.awt.Font.PLAIN, 7));
              chart.addSubtitle(subtitle);
            });
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    if (!indicator.isCount()) {
      plot.setFixedLegendItems(legend(judgements));
    }
    ChartStyle.caption(chart, Labels.notShown(notShown));
    if (!indicator.isCount()) {
      ChartStyle.caption(chart, levels(strict, exact));
    }
    List<IndicatorRow> inOrder = new ArrayList<>(plotted);
    if (ranking) {
      notShown.stream().filter(r -> !r.isGemeente()).forEach(inOrder::add);
    } else {
      inOrder = table.wijkRows(indicator.id(), schooljaar, categorie);
    }
    return new PlottedChart(
        chart,
        plotted,
        notShown,
        "Staafdiagram: per wijk de waarde als liggende staaf"
            + (ranking ? ", van hoog naar laag" : "")
            + (indicator.isCount()
                ? "."
                : ", met het 95%-interval als streepjes en gekleurd naar de vergelijking met de"
                    + " gemeente, die als stippellijn is getekend.")
            + " Een wijk zonder gepubliceerd cijfer heeft geen staaf.",
        table(indicator, gemeente.orElse(null), inOrder, title));
  }

  /**
   * Returns the figures of the bars: the gemeente, then per wijk its value, interval and comparison
   * with the gemeente in words, {@code x} where not published.
   */
  private static FigureTable table(
      Indicator indicator, IndicatorRow gemeente, List<IndicatorRow> wijken, String caption) {
    List<String> header =
        new ArrayList<>(List.of("Wijk", indicator.isCount() ? "Aantal" : "Waarde"));
    if (!indicator.isCount()) {
      header.add("95%-interval");
      header.add("Vergelijking met de gemeente");
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> areas = new ArrayList<>();
    List<IndicatorRow> all = new ArrayList<>();
    // A count's gemeente is the sum of its wijken, not a reference: only a measure has its row.
    if (gemeente != null && !indicator.isCount()) {
      all.add(gemeente);
    }
    all.addAll(wijken);
    for (IndicatorRow r : all) {
      List<String> row = new ArrayList<>();
      row.add(r.isGemeente() ? Labels.gemeente(r) : r.gebiedNaam());
      row.add(Labels.valueCell(indicator, r));
      if (!indicator.isCount()) {
        row.add(Labels.intervalCell(indicator, r));
        row.add(r.isGemeente() ? "" : comparison(indicator, r, gemeente));
      }
      rows.add(row);
      areas.add(r.gebiedCode());
    }
    return new FigureTable(
        caption, header, rows, indicator.isCount() ? Set.of(1) : Set.of(1, 2), areas);
  }

  /**
   * Returns a wijk's comparison with the gemeente in words, as its bar's colour shows it: {@code
   * beter dan de gemeente, ook bij 99,8 %}; {@code x} where not published.
   */
  static String comparison(Indicator indicator, IndicatorRow wijk, IndicatorRow gemeente) {
    if (wijk.onderdrukt()) {
      return DutchFormat.SUPPRESSED;
    }
    WijkDifference difference = WijkDifference.of(wijk, gemeente);
    Judgement j = Judgement.of(difference.comparison(), indicator.polarity());
    return j.label() + (difference.alsoAt998() ? ", ook bij 99,8 %" : "");
  }

  /** The mark after a wijk whose difference from the gemeente holds at 99,8 % as well. */
  public static final String STRICT_MARK = " **";

  /**
   * Returns the caption on the two levels: what {@link #STRICT_MARK} means, and that a small noemer
   * is judged on exact limits; empty where neither occurs.
   */
  static String levels(boolean strict, boolean exact) {
    List<String> parts = new ArrayList<>();
    if (strict) {
      parts.add(
          STRICT_MARK.strip()
              + " verschil met de gemeente houdt ook stand bij 99,8 %: vrijwel zeker geen toeval");
    }
    if (exact) {
      parts.add(
          "bij minder dan "
              + WijkDifference.EXACT_BELOW
              + " personen in de wijk rust het oordeel op exacte grenzen");
    }
    return String.join("; ", parts);
  }

  /**
   * Returns the height in points a chart needs: titles, legend and axis, a row per bar, and room
   * for a caption.
   */
  public static float height(PlottedChart chart) {
    return 100 + 16f * chart.plotted().size() + (chart.showsSuppressed() ? 20 : 0);
  }

  private static LegendItemCollection legend(List<Judgement> judgements) {
    Set<Judgement> present = EnumSet.noneOf(Judgement.class);
    present.addAll(judgements);
    LegendItemCollection items = new LegendItemCollection();
    for (Judgement j : present) {
      LegendItem item =
          new LegendItem(
              j.label(), null, null, null, new Rectangle2D.Double(-4, -4, 8, 8), j.color());
      item.setLabelFont(nl.leamonitor.reports.pdf.ReportFonts.awt(java.awt.Font.PLAIN, 7));
      items.add(item);
    }
    return items;
  }

  /** Colours each bar by its judgement and draws its interval as a whisker. */
  private static final class WhiskerBarRenderer extends BarRenderer {
    private final List<double[]> whiskers;
    private final List<Judgement> judgements;
    private final List<String> labels;

    /**
     * Creates the renderer; without judgements (counts) every bar has the report's line colour.
     * Each bar is labelled with its value ({@code labels}), beyond its whisker.
     */
    WhiskerBarRenderer(List<double[]> whiskers, List<Judgement> judgements, List<String> labels) {
      this.whiskers = whiskers;
      this.judgements = judgements;
      this.labels = labels;
      setMaximumBarWidth(0.08);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      return judgements == null ? ChartStyle.LINE : judgements.get(column).color();
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
      if (pass != getPassCount() - 1) {
        return;
      }
      double middle =
          domainAxis.getCategoryMiddle(
              column, getColumnCount(), dataArea, plot.getDomainAxisEdge());
      double zero = rangeAxis.valueToJava2D(0, dataArea, plot.getRangeAxisEdge());
      Number value = dataset.getValue(row, column);
      double end =
          value == null
              ? zero
              : rangeAxis.valueToJava2D(value.doubleValue(), dataArea, plot.getRangeAxisEdge());
      if (value != null && value.doubleValue() == 0) {
        // A bar of length 0 is invisible: a short stroke at 0 shows the wijk has a value, 0.
        g2.setPaint(getItemPaint(row, column));
        double thickness = state.getBarWidth();
        g2.fill(new Rectangle2D.Double(zero, middle - thickness / 2, 2, thickness));
      }
      double[] whisker = whiskers.get(column);
      if (whisker != null) {
        double low = rangeAxis.valueToJava2D(whisker[0], dataArea, plot.getRangeAxisEdge());
        double high = rangeAxis.valueToJava2D(whisker[1], dataArea, plot.getRangeAxisEdge());
        double cap = Math.max(2, state.getBarWidth() / 3);
        g2.setPaint(Color.DARK_GRAY);
        g2.setStroke(new BasicStroke(0.8f));
        g2.draw(new Line2D.Double(low, middle, high, middle));
        g2.draw(new Line2D.Double(low, middle - cap, low, middle + cap));
        g2.draw(new Line2D.Double(high, middle - cap, high, middle + cap));
        end = Math.max(end, high);
      }
      g2.setPaint(Color.DARK_GRAY);
      g2.setFont(nl.leamonitor.reports.pdf.ReportFonts.awt(java.awt.Font.PLAIN, 6.5f));
      g2.drawString(
          labels.get(column), (float) (Math.max(end, zero + 2) + 3), (float) middle + 2.3f);
    }
  }
}
