package nl.leamonitor.reports.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.DutchFormat;
import nl.leamonitor.reports.PublishedTable;
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
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Where a transition's cohort is a year later, per area (gemeente and wijken): one panel per
 * outcome, side by side, each bar the outcome's published share of the cohort, drawn from 0.
 *
 * <p>Not stacked bars: in a stack every hidden outcome is the gap that the published ones leave to
 * 100 %, and a bar's length would show a cohort. Here a bar's length is one published figure and
 * nothing else; a suppressed share is the letter {@code x} at the panel's 0. An outcome published
 * in no area gets no panel; the caption names it.
 */
public final class OutcomeChart {
  /** Room beyond the longest bar for its value label, which the panel would otherwise clip. */
  private static final double LABEL_ROOM = 1.5;

  private OutcomeChart() {}

  /**
   * Returns the chart of a transition indicator for one schooljaar, or null when no outcome is
   * published anywhere.
   */
  public static PlottedChart of(Indicator indicator, PublishedTable table, Schooljaar schooljaar) {
    List<String> outcomes = indicator.transition().orElseThrow().outcomes();
    Map<String, String> areas =
        new LinkedHashMap<>(); // code to the label on the axis, gemeente first
    table.gemeenteSeries(indicator.id(), null).stream()
        .filter(r -> r.schooljaar().equals(schooljaar))
        .findFirst()
        .ifPresent(g -> areas.put(g.gebiedCode(), "Gemeente " + g.gebiedNaam()));
    table
        .wijkRows(indicator.id(), schooljaar, null)
        .forEach(w -> areas.put(w.gebiedCode(), w.gebiedNaam()));

    List<IndicatorRow> plotted = new ArrayList<>();
    List<IndicatorRow> notShown = new ArrayList<>();
    List<String> withoutPanel = new ArrayList<>();
    List<String> colours = new ArrayList<>();
    CategoryAxis domain = new CategoryAxis(null);
    domain.setMaximumCategoryLabelWidthRatio(0.4f);
    domain.setCategoryMargin(0.25);
    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(domain);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setGap(10);
    for (int o = 0; o < outcomes.size(); o++) {
      String outcome = outcomes.get(o);
      DefaultCategoryDataset dataset = new DefaultCategoryDataset();
      List<IndicatorRow> shown = new ArrayList<>();
      List<Boolean> hidden = new ArrayList<>();
      for (Map.Entry<String, String> area : areas.entrySet()) {
        Optional<IndicatorRow> r = table.row(indicator.id(), schooljaar, area.getKey(), outcome);
        boolean published = r.isPresent() && !r.get().onderdrukt();
        // Every panel has every area, in the same order, as the panels share the area axis.
        dataset.addValue(
            published ? r.get().waarde() : null, Labels.category(outcome), area.getValue());
        hidden.add(r.isPresent() && r.get().onderdrukt());
        r.filter(IndicatorRow::onderdrukt).ifPresent(notShown::add);
        r.filter(x -> !x.onderdrukt()).ifPresent(shown::add);
      }
      if (shown.isEmpty()) {
        withoutPanel.add(Labels.category(outcome));
        continue;
      }
      plotted.addAll(shown);
      plot.add(panel(outcome, dataset, hidden, shown), 1);
      colours.add(outcome);
    }
    if (plotted.isEmpty()) {
      return null;
    }
    JFreeChart chart =
        ChartStyle.apply(
            new JFreeChart(
                indicator.label()
                    + ": waar het cohort van "
                    + schooljaar.label()
                    + " een jaar later is",
                null,
                plot,
                false));
    chart.addSubtitle(
        new org.jfree.chart.title.TextTitle(
            "% van het cohort per uitkomst; elke uitkomst een eigen staaf vanaf 0 en een eigen"
                + " schaal",
            ReportFonts.awt(Font.PLAIN, 7)));
    String caption =
        notShown.isEmpty()
            ? ""
            : DutchFormat.SUPPRESSED + ": uitkomst niet gepubliceerd in dit gebied.";
    if (!withoutPanel.isEmpty()) {
      caption +=
          (caption.isEmpty() ? "" : " ")
              + "Zonder staven, want in geen enkel gebied gepubliceerd ("
              + DutchFormat.SUPPRESSED
              + "): "
              + String.join(", ", withoutPanel)
              + ".";
    }
    ChartStyle.caption(chart, caption);
    // After the theme, which resets series colours and plot insets.
    List<CategoryPlot> panels = plot.getSubplots();
    for (int i = 0; i < panels.size(); i++) {
      panels.get(i).getRenderer().setSeriesPaint(0, Labels.outcome(colours.get(i)));
      // A panel's own insets and axis offset would shift its bars against the shared area axis.
      panels.get(i).setInsets(new RectangleInsets(0, 2, 0, 2));
      panels.get(i).setAxisOffset(RectangleInsets.ZERO_INSETS);
    }
    return new PlottedChart(
        chart,
        plotted,
        notShown,
        "Staafdiagram met een vak per uitkomst: per gebied, de gemeente en elke wijk, het aandeel"
            + " van het cohort als liggende staaf vanaf 0, elke uitkomst met een eigen schaal en"
            + " kleur. Een uitkomst die in een gebied niet gepubliceerd is, heeft een x bij 0.",
        outcomeTable(indicator, table, schooljaar, areas, chart.getTitle().getText()));
  }

  /**
   * Returns the figures of outcome charts: per area (gemeente first) its share per outcome, {@code
   * x} where not published, {@code -} where the area has no row of an outcome.
   */
  static FigureTable outcomeTable(
      Indicator indicator,
      PublishedTable table,
      Schooljaar schooljaar,
      Map<String, String> areas,
      String caption) {
    List<String> outcomes = indicator.transition().orElseThrow().outcomes();
    List<String> header = new ArrayList<>(List.of("Gebied"));
    outcomes.forEach(o -> header.add(Labels.category(o)));
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, String> area : areas.entrySet()) {
      List<String> row = new ArrayList<>(List.of(area.getValue()));
      for (String outcome : outcomes) {
        row.add(
            table
                .row(indicator.id(), schooljaar, area.getKey(), outcome)
                .map(r -> Labels.valueCell(indicator, r))
                .orElse("-"));
      }
      rows.add(row);
    }
    java.util.Set<Integer> numeric = new java.util.HashSet<>();
    for (int i = 1; i < header.size(); i++) {
      numeric.add(i);
    }
    return new FigureTable(
        caption + " (% van het cohort)", header, rows, numeric, new ArrayList<>(areas.keySet()));
  }

  /**
   * Returns one outcome's panel: its shares as bars from 0 with their value, x where suppressed.
   */
  private static CategoryPlot panel(
      String outcome, CategoryDataset dataset, List<Boolean> hidden, List<IndicatorRow> shown) {
    double highest = shown.stream().mapToDouble(IndicatorRow::waarde).max().orElse(0);
    NumberAxis share = new NumberAxis(Labels.category(outcome));
    // The axis spans published shares only; a bar's label needs some room beyond the longest bar.
    share.setRange(0, highest > 0 ? highest * LABEL_ROOM : 1);
    share.setTickLabelFont(ReportFonts.awt(Font.PLAIN, 6.5f));
    share.setLabelFont(ReportFonts.awt(Font.BOLD, 7.5f));
    share.setNumberFormatOverride(new UpToHundred());
    OutcomeBarRenderer renderer = new OutcomeBarRenderer(hidden);
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.08);
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", DutchPercent.format()));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ReportFonts.awt(Font.PLAIN, 6));
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    CategoryPlot panel = new CategoryPlot(dataset, null, share, renderer);
    panel.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    panel.setBackgroundPaint(Color.WHITE);
    panel.setRangeGridlinePaint(ChartStyle.GRID);
    return panel;
  }

  /**
   * The Dutch number format of a share with one decimal: {@code 12,5}. One per chart: a format is
   * not safe to share between threads, and the reports are drawn side by side.
   */
  private static final class DutchPercent {
    static java.text.NumberFormat format() {
      java.text.NumberFormat format =
          java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("nl-NL"));
      format.setMinimumFractionDigits(1);
      format.setMaximumFractionDigits(1);
      return format;
    }
  }

  /**
   * Dutch tick labels for a share, none above 100 %, where the axis only makes room for bar labels.
   */
  private static final class UpToHundred extends java.text.NumberFormat {
    private final java.text.NumberFormat dutch =
        java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("nl-NL"));

    @Override
    public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition position) {
      return number > 100 ? to : dutch.format(number, to, position);
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition position) {
      return number > 100 ? to : dutch.format(number, to, position);
    }

    @Override
    public Number parse(String source, java.text.ParsePosition position) {
      return dutch.parse(source, position);
    }
  }

  /** Draws published shares as bars and an {@code x} at 0 where the share is suppressed. */
  private static final class OutcomeBarRenderer extends BarRenderer {
    private final List<Boolean> hidden;

    OutcomeBarRenderer(List<Boolean> hidden) {
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
      if (pass != 0 || !hidden.get(column)) {
        return;
      }
      double middle =
          domainAxis.getCategoryMiddle(
              column, getColumnCount(), dataArea, plot.getDomainAxisEdge());
      SuppressedMark.atZero(g2, middle, dataArea, plot, rangeAxis);
    }
  }
}
