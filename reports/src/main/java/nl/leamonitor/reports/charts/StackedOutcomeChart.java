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
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A cohort's outcomes per area (gemeente first, then the wijken) as one bar to 100 % each, split
 * into its outcomes' shares (I14: boven, binnen, onder het advies, niet gevonden).
 *
 * <p>The outcomes of an area add up to its whole cohort, so in a stack a segment's length follows
 * from the others. Where some outcomes of an area are suppressed but its cohort (noemer) is
 * published in another of its rows, the published outcomes are drawn and the suppressed ones
 * together as one grey segment: their sum, noemer minus the published tellers, follows from {@code
 * indicatoren.csv} anyway, and the auditor has already made sure that no suppressed outcome can be
 * narrowed below k from it. An area whose every row is suppressed gets no bar, only an {@code x}
 * where its bar would start. {@link OutcomeChart} draws outcomes without a stack.
 */
public final class StackedOutcomeChart {
  /** The series of the suppressed outcomes of an area together. */
  private static final String HIDDEN = "niet gepubliceerd (samen)";

  /** Their colour: a light grey that no outcome has. */
  private static final Color HIDDEN_COLOUR = new Color(0xD9, 0xD9, 0xD9);

  /** A segment narrower than this share gets no label inside it; the legend and table tell it. */
  private static final double LABEL_FROM = 3.5;

  private StackedOutcomeChart() {}

  /**
   * Returns the chart of an outcome indicator for one schooljaar, or null when no area has an
   * outcome published.
   */
  public static PlottedChart of(
      Indicator indicator, PublishedTable table, Schooljaar schooljaar, String title) {
    List<String> outcomes = indicator.transition().orElseThrow().outcomes();
    Map<String, String> areas = new LinkedHashMap<>(); // code to the label on the axis
    table.gemeenteSeries(indicator.id(), null).stream()
        .filter(r -> r.schooljaar().equals(schooljaar))
        .findFirst()
        .ifPresent(g -> areas.put(g.gebiedCode(), "Gemeente " + g.gebiedNaam()));
    table
        .wijkRows(indicator.id(), schooljaar, null)
        .forEach(w -> areas.put(w.gebiedCode(), w.gebiedNaam()));

    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<IndicatorRow> plotted = new ArrayList<>();
    List<IndicatorRow> notShown = new ArrayList<>();
    List<Boolean> withoutBar = new ArrayList<>();
    boolean anyHidden = false;
    for (Map.Entry<String, String> area : areas.entrySet()) {
      List<IndicatorRow> rows = new ArrayList<>();
      for (String outcome : outcomes) {
        table.row(indicator.id(), schooljaar, area.getKey(), outcome).ifPresent(rows::add);
      }
      // Rows exist for every outcome wherever the cohort is above 0 (contract section 4); the
      // cohort is published in every row that is not suppressed.
      List<IndicatorRow> published = rows.stream().filter(r -> !r.onderdrukt()).toList();
      boolean drawn = rows.size() == outcomes.size() && !published.isEmpty();
      withoutBar.add(!drawn);
      double hiddenShare = 0;
      if (drawn) {
        long noemer = published.get(0).noemer();
        long hiddenTeller = noemer - published.stream().mapToLong(IndicatorRow::teller).sum();
        hiddenShare = 100.0 * hiddenTeller / noemer;
      }
      for (String outcome : outcomes) {
        Optional<IndicatorRow> r =
            published.stream().filter(x -> outcome.equals(x.categorie())).findFirst();
        dataset.addValue(
            drawn && r.isPresent() ? r.get().waarde() : null,
            Labels.category(outcome),
            area.getValue());
      }
      boolean partly = drawn && published.size() < rows.size();
      anyHidden |= partly;
      dataset.addValue(partly ? hiddenShare : null, HIDDEN, area.getValue());
      if (drawn) {
        plotted.addAll(published);
      }
      rows.stream().filter(IndicatorRow::onderdrukt).forEach(notShown::add);
    }
    if (plotted.isEmpty()) {
      return null;
    }
    CategoryAxis domain = new CategoryAxis(null);
    domain.setMaximumCategoryLabelWidthRatio(0.3f);
    domain.setCategoryMargin(0.3);
    NumberAxis share = new NumberAxis("% van het cohort");
    share.setRange(0, 100);
    ChartStyle.dutchNumbers(share);
    Renderer renderer = new Renderer(withoutBar);
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.09);
    renderer.setDefaultItemLabelGenerator(new ShareLabels());
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ReportFonts.awt(Font.PLAIN, 6));
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    CategoryPlot plot = new CategoryPlot(dataset, domain, share, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    JFreeChart chart = ChartStyle.apply(new JFreeChart(title, null, plot, true));
    ChartStyle.dutchNumbers(share);
    List<String> captions = new ArrayList<>();
    if (anyHidden) {
      captions.add(
          "Grijs: de niet gepubliceerde uitkomsten van een gebied samen (hun som volgt uit de"
              + " gepubliceerde cijfers, elk afzonderlijk niet).");
    }
    if (withoutBar.contains(true)) {
      captions.add(
          DutchFormat.SUPPRESSED
              + ": geen staaf, want het cohort van dit gebied is niet gepubliceerd.");
    }
    String caption = String.join(" ", captions);
    ChartStyle.caption(chart, caption);
    // After the theme, which resets series colours and item labels.
    renderer.setDefaultItemLabelGenerator(new ShareLabels());
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ReportFonts.awt(Font.PLAIN, 6.5f));
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    renderer.setSeriesPaint(outcomes.size(), HIDDEN_COLOUR);
    renderer.setSeriesItemLabelPaint(outcomes.size(), Color.BLACK);
    if (!anyHidden) {
      renderer.setSeriesVisibleInLegend(outcomes.size(), false);
    }
    for (int o = 0; o < outcomes.size(); o++) {
      Color colour = Labels.outcome(outcomes.get(o));
      renderer.setSeriesPaint(o, colour);
      boolean dark =
          0.299 * colour.getRed() + 0.587 * colour.getGreen() + 0.114 * colour.getBlue() < 140;
      renderer.setSeriesItemLabelPaint(o, dark ? Color.WHITE : Color.BLACK);
    }
    return new PlottedChart(
        chart,
        plotted,
        notShown,
        "Gestapeld staafdiagram: per gebied, de gemeente en elke wijk, een staaf tot 100 % van het"
            + " cohort, verdeeld over de uitkomsten, elk met een eigen kleur. De niet gepubliceerde"
            + " uitkomsten van een gebied vormen samen een grijs deel; een gebied zonder"
            + " gepubliceerd cijfer heeft geen staaf maar een x.",
        OutcomeChart.outcomeTable(indicator, table, schooljaar, areas, title));
  }

  /** Returns the height in points a chart of a number of areas needs. */
  public static float height(int areas) {
    return 110 + 19f * areas;
  }

  /** A segment's share with one decimal, none where the segment is too narrow to hold it. */
  private static final class ShareLabels extends StandardCategoryItemLabelGenerator {
    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      Number value = dataset.getValue(row, column);
      return value == null
              || value.doubleValue() < LABEL_FROM
              || HIDDEN.equals(dataset.getRowKey(row))
          ? null
          : DutchFormat.decimal(value.doubleValue());
    }
  }

  /** Draws the stacks, and an {@code x} at 0 for an area without a bar. */
  private static final class Renderer extends StackedBarRenderer {
    private final List<Boolean> withoutBar;

    Renderer(List<Boolean> withoutBar) {
      this.withoutBar = withoutBar;
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
      if (row != 0 || pass != getPassCount() - 1 || !withoutBar.get(column)) {
        return;
      }
      double middle =
          domainAxis.getCategoryMiddle(
              column, getColumnCount(), dataArea, plot.getDomainAxisEdge());
      SuppressedMark.atZero(g2, middle, dataArea, plot, rangeAxis);
    }
  }
}
