package nl.leamonitor.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;
import nl.leamonitor.reports.pdf.ReportFonts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;

/** The look shared by all charts: the report font, white background, light grid, Dutch numbers. */
final class ChartStyle {
  static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  static final Color GEMEENTE = new Color(0x22, 0x22, 0x22);
  static final Color LINE = new Color(0x00, 0x4C, 0x80);
  static final Color BAND = new Color(0x00, 0x4C, 0x80, 0x40);
  static final BasicStroke REFERENCE =
      new BasicStroke(
          1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);

  private ChartStyle() {}

  /** Applies the style to a chart. */
  static JFreeChart apply(JFreeChart chart) {
    StandardChartTheme theme = new StandardChartTheme("LEA");
    theme.setExtraLargeFont(ReportFonts.awt(Font.BOLD, 11));
    theme.setLargeFont(ReportFonts.awt(Font.BOLD, 9));
    theme.setRegularFont(ReportFonts.awt(Font.PLAIN, 8));
    theme.setSmallFont(ReportFonts.awt(Font.PLAIN, 7));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setAxisLabelPaint(Color.DARK_GRAY);
    theme.setTickLabelPaint(Color.DARK_GRAY);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setShadowVisible(false);
    theme.apply(chart);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    if (chart.getLegend() != null) {
      chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    return chart;
  }

  /** Makes a chart's title and legend smaller, for a chart drawn at half the text width. */
  static void compact(JFreeChart chart) {
    chart.getTitle().setFont(ReportFonts.awt(Font.BOLD, 9));
    if (chart.getLegend() != null) {
      chart.getLegend().setItemFont(ReportFonts.awt(Font.PLAIN, 6.5f));
    }
  }

  /** Adds a caption under a chart, below its legend; an empty text adds nothing. */
  static void caption(JFreeChart chart, String text) {
    if (text.isEmpty()) {
      return;
    }
    TextTitle caption = new TextTitle(text, ReportFonts.awt(Font.PLAIN, 7));
    caption.setPosition(RectangleEdge.BOTTOM);
    caption.setPaint(Color.DARK_GRAY);
    caption.setPadding(4, 0, 0, 0);
    chart.addSubtitle(0, caption); // drawn first, so outermost: under the legend
  }

  /** Makes an axis show Dutch numbers (decimal comma). */
  static void dutchNumbers(ValueAxis axis) {
    if (axis instanceof NumberAxis number) {
      NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl-NL"));
      format.setMaximumFractionDigits(1);
      number.setNumberFormatOverride(format);
    }
  }
}
