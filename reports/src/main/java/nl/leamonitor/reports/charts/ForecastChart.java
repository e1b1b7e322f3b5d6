package nl.leamonitor.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import nl.leamonitor.reports.DutchFormat;
import nl.leamonitor.reports.pdf.ReportFonts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The pupil forecast (P01) as lines over the schooljaren, one colour per sector: the pupils counted
 * (I01) solid, the forecast dashed from the last year counted on, on a light grey labelled {@code
 * prognose}. A year without a published count is a gap in the solid line; a suppressed forecast is
 * not drawn at all. The x axis shows a schooljaar by the year it starts in (2030 is 2030-2031).
 */
public final class ForecastChart {
  private ForecastChart() {}

  /**
   * One sector's line.
   *
   * @param label the sector as the legend names it ({@code PO})
   * @param counted per schooljaar (its first year) the pupils counted, null where not published
   * @param forecast per schooljaar the forecast pupils; empty when the forecast is suppressed
   * @param suppressed whether the forecast is suppressed ({@code x} in its table)
   */
  public record Line(
      String label,
      SortedMap<Integer, Long> counted,
      SortedMap<Integer, Long> forecast,
      boolean suppressed) {}

  /**
   * Returns the figures of a chart's lines: per schooljaar of {@code countedYears} and {@code
   * forecastYears} (their first years) per line the pupils counted and expected, {@code x} where
   * not published (a null count, a suppressed forecast), {@code -} where a count has no row.
   */
  public static FigureTable table(
      String caption,
      List<Line> lines,
      java.util.SortedSet<Integer> countedYears,
      java.util.SortedSet<Integer> forecastYears) {
    List<String> header = new java.util.ArrayList<>(List.of("Schooljaar"));
    for (Line line : lines) {
      header.add(line.label() + " geteld");
      header.add(line.label() + " verwacht");
    }
    java.util.SortedSet<Integer> years = new java.util.TreeSet<>(countedYears);
    years.addAll(forecastYears);
    List<List<String>> rows = new java.util.ArrayList<>();
    String x = DutchFormat.SUPPRESSED;
    for (int year : years) {
      List<String> row =
          new java.util.ArrayList<>(
              List.of(new nl.leamonitor.ingest.values.Schooljaar(year).label()));
      for (Line line : lines) {
        String counted = "";
        if (countedYears.contains(year)) {
          Long n = line.counted().get(year);
          counted = n != null ? DutchFormat.number(n) : line.counted().containsKey(year) ? x : "-";
        }
        String expected = "";
        if (forecastYears.contains(year)) {
          Long n = line.forecast().get(year);
          expected = line.suppressed() ? x : n == null ? "-" : DutchFormat.number(n);
        }
        row.add(counted);
        row.add(expected);
      }
      rows.add(row);
    }
    java.util.Set<Integer> numeric = new java.util.HashSet<>();
    for (int i = 1; i < header.size(); i++) {
      numeric.add(i);
    }
    return FigureTable.of(caption, header, rows, numeric);
  }

  private static final BasicStroke SOLID = new BasicStroke(2f);

  private static final BasicStroke DASHED =
      new BasicStroke(
          2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 5f}, 0f);

  /** The light shading behind the forecast's years. */
  private static final Color FORECAST_AREA = new Color(0xEE, 0xEE, 0xEE);

  /** Returns the gemeente's chart: a legend per sector and the axis titles. */
  public static JFreeChart gemeente(String title, List<Line> lines) {
    JFreeChart chart = chart(title, lines, true);
    XYPlot plot = chart.getXYPlot();
    plot.getDomainAxis().setLabel("schooljaar (2030 = 2030-2031)");
    plot.getRangeAxis().setLabel("leerlingen");
    ChartStyle.caption(
        chart, "Doorgetrokken: geteld (leerlingen op 1 oktober). Gestreept, op grijs: prognose.");
    return chart;
  }

  /**
   * Returns a small chart of one wijk, without legend or axis titles; {@code suppressed} names the
   * sectors not drawn (shown as {@code x: VVE, PO} under the title).
   */
  public static JFreeChart wijk(String name, List<Line> lines, List<String> suppressed) {
    JFreeChart chart = chart(name, lines, false);
    chart.getTitle().setFont(ReportFonts.awt(Font.BOLD, 8));
    XYPlot plot = chart.getXYPlot();
    plot.getDomainAxis().setTickLabelFont(ReportFonts.awt(Font.PLAIN, 6));
    plot.getRangeAxis().setTickLabelFont(ReportFonts.awt(Font.PLAIN, 6));
    ((NumberAxis) plot.getDomainAxis()).setTickUnit(new NumberTickUnit(5, yearFormat()));
    // A wijk whose every line is suppressed: an x where the lines would be.
    plot.setNoDataMessage(DutchFormat.SUPPRESSED);
    plot.setNoDataMessageFont(ReportFonts.awt(Font.BOLD, 16));
    plot.setNoDataMessagePaint(Color.DARK_GRAY);
    if (!suppressed.isEmpty()) {
      TextTitle marks =
          new TextTitle(
              DutchFormat.SUPPRESSED + ": " + String.join(", ", suppressed),
              ReportFonts.awt(Font.PLAIN, 7));
      marks.setPaint(Color.DARK_GRAY);
      chart.addSubtitle(marks);
    }
    return chart;
  }

  /**
   * Returns a painter that draws charts in a grid of {@code columns}, row by row, with a gap
   * between them.
   */
  public static java.util.function.BiConsumer<Graphics2D, Rectangle2D> grid(
      List<JFreeChart> charts, int columns) {
    return (g, area) -> {
      double gap = 8;
      int rows = (charts.size() + columns - 1) / columns;
      double width = (area.getWidth() - gap * (columns - 1)) / columns;
      double height = (area.getHeight() - gap * (rows - 1)) / rows;
      for (int i = 0; i < charts.size(); i++) {
        int row = i / columns;
        int column = i % columns;
        charts
            .get(i)
            .draw(
                g,
                new Rectangle2D.Double(
                    area.getX() + column * (width + gap),
                    area.getY() + row * (height + gap),
                    width,
                    height));
      }
    };
  }

  private static JFreeChart chart(String title, List<Line> lines, boolean legend) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    List<Color> colours = new java.util.ArrayList<>();
    List<Boolean> solid = new java.util.ArrayList<>();
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    double highest = 0;
    for (int l = 0; l < lines.size(); l++) {
      Line line = lines.get(l);
      Color colour = Labels.SERIES[l % Labels.SERIES.length];
      XYSeries counted = new XYSeries(line.label(), true, false);
      // A null count is a gap: no line is drawn through it.
      line.counted().forEach((year, n) -> counted.add(Integer.valueOf(year), n));
      XYSeries forecast = new XYSeries(line.label() + " (prognose)", true, false);
      if (!line.forecast().isEmpty()) {
        // The dashed line starts at the last count, where that is the year before the forecast.
        int start = line.forecast().firstKey();
        Long before = line.counted().get(start - 1);
        if (before != null) {
          forecast.add(Integer.valueOf(start - 1), before);
        }
        line.forecast().forEach((year, n) -> forecast.add(Integer.valueOf(year), n));
      }
      for (XYSeries series : List.of(counted, forecast)) {
        if (series.getItemCount() == 0) {
          continue;
        }
        dataset.addSeries(series);
        colours.add(colour);
        solid.add(series == counted);
        first = Math.min(first, (int) series.getMinX());
        last = Math.max(last, (int) series.getMaxX());
        if (!Double.isNaN(series.getMaxY())) {
          highest = Math.max(highest, series.getMaxY());
        }
      }
    }
    NumberAxis x = new NumberAxis();
    x.setNumberFormatOverride(yearFormat());
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    if (first <= last) {
      x.setRange(first - 0.5, last + 0.5);
    }
    NumberAxis y = new NumberAxis();
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    // From 0, so that a change looks as large as it is.
    y.setRange(0, highest > 0 ? highest * 1.12 : 1);
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    JFreeChart chart = ChartStyle.apply(new JFreeChart(title, null, plot, legend));
    ChartStyle.dutchNumbers(y);
    // After the style, which clears series paints and strokes.
    for (int i = 0; i < colours.size(); i++) {
      renderer.setSeriesPaint(i, colours.get(i));
      renderer.setSeriesStroke(i, solid.get(i) ? SOLID : DASHED);
      renderer.setSeriesVisibleInLegend(i, solid.get(i));
    }
    ((NumberFormat) y.getNumberFormatOverride()).setMaximumFractionDigits(0);
    // The forecast's years on a light grey, from halfway the last count, labelled "prognose".
    int forecastFrom =
        lines.stream()
            .filter(l -> !l.forecast().isEmpty())
            .mapToInt(l -> l.forecast().firstKey())
            .min()
            .orElse(Integer.MAX_VALUE);
    if (forecastFrom != Integer.MAX_VALUE) {
      IntervalMarker area = new IntervalMarker(forecastFrom - 0.5, last + 0.5);
      area.setPaint(FORECAST_AREA);
      area.setLabel("prognose");
      area.setLabelFont(ReportFonts.awt(Font.ITALIC, legend ? 9 : 6));
      area.setLabelPaint(Color.DARK_GRAY);
      area.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      area.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      area.setLabelOffset(new RectangleInsets(2, 3, 2, 2));
      plot.addDomainMarker(area, Layer.BACKGROUND);
    }
    return chart;
  }

  /**
   * Returns a painter of the key to the small charts: per line a solid sample (geteld), a dashed
   * one (prognose) and its label, then the grey of the forecast's years.
   */
  public static java.util.function.BiConsumer<Graphics2D, Rectangle2D> key(List<String> labels) {
    return (g, area) -> {
      g.setFont(ReportFonts.awt(Font.PLAIN, 8));
      double y = area.getCenterY();
      double x = area.getX();
      for (int l = 0; l < labels.size(); l++) {
        g.setPaint(Labels.SERIES[l % Labels.SERIES.length]);
        g.setStroke(SOLID);
        g.draw(new java.awt.geom.Line2D.Double(x, y, x + 16, y));
        g.setStroke(DASHED);
        g.draw(new java.awt.geom.Line2D.Double(x + 19, y, x + 43, y));
        g.setPaint(Color.DARK_GRAY);
        g.drawString(labels.get(l), (float) (x + 47), (float) (y + 3));
        x += 47 + g.getFontMetrics().stringWidth(labels.get(l)) + 16;
      }
      g.setPaint(FORECAST_AREA);
      g.fill(new Rectangle2D.Double(x, y - 6, 16, 12));
      g.setPaint(Color.DARK_GRAY);
      String text = "doorgetrokken: geteld; gestreept, op grijs: prognose";
      g.drawString(text, (float) (x + 20), (float) (y + 3));
    };
  }

  /** Returns in words which colour each line of the charts has: {@code VVE blauw, PO oranje}. */
  public static List<String> colours(List<String> labels) {
    List<String> colours = new java.util.ArrayList<>();
    for (int l = 0; l < labels.size(); l++) {
      colours.add(labels.get(l) + " " + Labels.SERIES_NAMES[l % Labels.SERIES_NAMES.length]);
    }
    return colours;
  }

  /** A year as a year: 2030, not 2.030. */
  private static NumberFormat yearFormat() {
    NumberFormat format = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL"));
    format.setGroupingUsed(false);
    return format;
  }
}
