package nl.leamonitor.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * An XY plot whose vertical axis may start above 0: it then draws the usual break mark (two slanted
 * strokes over a gap) at the foot of that axis, so that no reader takes the bottom for 0.
 */
final class BrokenAxisPlot extends XYPlot {
  private static final long serialVersionUID = 1L;

  BrokenAxisPlot(XYDataset dataset, ValueAxis x, ValueAxis y, XYItemRenderer renderer) {
    super(dataset, x, y, renderer);
  }

  /** Returns whether the vertical axis starts above 0, and so is drawn broken. */
  boolean broken() {
    return getRangeAxis().getLowerBound() > 1e-9;
  }

  @Override
  public void drawOutline(Graphics2D g2, Rectangle2D area) {
    super.drawOutline(g2, area);
    if (!broken()) {
      return;
    }
    // Drawn after the data, unclipped, across the plot's edge and the axis line beside it.
    double left = area.getMinX() - getAxisOffset().getLeft() - 5;
    double right = area.getMinX() + 5;
    double y = area.getMaxY() - 12;
    double gap = 4;
    double slant = 3;
    Path2D.Double band = new Path2D.Double();
    band.moveTo(left, y + slant);
    band.lineTo(right, y - slant);
    band.lineTo(right, y - slant + gap);
    band.lineTo(left, y + slant + gap);
    band.closePath();
    g2.setPaint(Color.WHITE);
    g2.fill(band);
    g2.setPaint(Color.DARK_GRAY);
    g2.setStroke(new BasicStroke(0.9f));
    g2.draw(new Line2D.Double(left, y + slant, right, y - slant));
    g2.draw(new Line2D.Double(left, y + slant + gap, right, y - slant + gap));
  }
}
