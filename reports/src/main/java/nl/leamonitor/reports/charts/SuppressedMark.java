package nl.leamonitor.reports.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import nl.leamonitor.reports.DutchFormat;
import nl.leamonitor.reports.pdf.ReportFonts;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;

/**
 * The {@code x} a horizontal bar chart draws where a suppressed figure's bar would start: at 0 on
 * the value axis, in the middle of its category (or series), so that no length or position tells
 * the figure.
 */
final class SuppressedMark {
  private SuppressedMark() {}

  /**
   * Draws the mark.
   *
   * @param middle the Java2D coordinate of the bar's middle across the category axis
   */
  static void atZero(
      Graphics2D g2, double middle, Rectangle2D dataArea, CategoryPlot plot, ValueAxis rangeAxis) {
    double zero = rangeAxis.valueToJava2D(0, dataArea, plot.getRangeAxisEdge());
    g2.setPaint(Color.DARK_GRAY);
    g2.setFont(ReportFonts.awt(Font.PLAIN, 7));
    g2.drawString(DutchFormat.SUPPRESSED, (float) zero + 3, (float) middle + 2.5f);
  }
}
