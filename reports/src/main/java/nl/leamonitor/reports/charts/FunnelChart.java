package nl.leamonitor.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.analytics.stats.Funnel;
import nl.leamonitor.analytics.stats.Wilson;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.DutchFormat;
import nl.leamonitor.reports.Judgement;
import nl.leamonitor.reports.PublishedTable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A funnel plot: each wijk's value against its noemer, with the 95 % and 99.8 % control limits
 * around the gemeente's value. Points outside the funnel differ more than chance explains.
 * Suppressed wijken are not drawn; the caption names them. The axes span published figures only.
 */
public final class FunnelChart {
  private FunnelChart() {}

  /**
   * Returns the funnel plot of a proportion indicator's totaal for one schooljaar, or null without
   * data.
   */
  public static PlottedChart of(Indicator indicator, PublishedTable table, Schooljaar schooljaar) {
    if (indicator.isCount() || !indicator.hasTotaal()) {
      return null;
    }
    Optional<IndicatorRow> gemeente =
        table.gemeenteSeries(indicator.id(), null).stream()
            .filter(r -> r.schooljaar().equals(schooljaar) && !r.onderdrukt())
            .findFirst();
    if (gemeente.isEmpty() || gemeente.get().teller() > gemeente.get().noemer()) {
      return null;
    }
    double factor = indicator.scale().factor();
    double baseline = (double) gemeente.get().teller() / gemeente.get().noemer();
    XYSeriesCollection points = new XYSeriesCollection();
    XYSeries wijken = new XYSeries("wijken", false);
    List<IndicatorRow> plotted = new ArrayList<>();
    List<IndicatorRow> notShown = new ArrayList<>();
    long maxNoemer = 1;
    for (IndicatorRow r : table.wijkRows(indicator.id(), schooljaar, null)) {
      if (r.onderdrukt()) {
        notShown.add(r); // neither its value nor its noemer (the x position) is drawn
      } else if (r.teller() <= r.noemer()) {
        wijken.add(r.noemer().doubleValue(), r.waarde().doubleValue());
        plotted.add(r);
        maxNoemer = Math.max(maxNoemer, r.noemer());
      }
    }
    if (plotted.isEmpty()) {
      return null;
    }
    points.addSeries(wijken);
    XYSeriesCollection limits = new XYSeriesCollection();
    XYSeries base = new XYSeries("gemeente", false);
    XYSeries low95 = new XYSeries("95%-grenzen", false);
    XYSeries high95 = new XYSeries("95%-grenzen (boven)", false);
    XYSeries low998 = new XYSeries("99,8%-grenzen", false);
    XYSeries high998 = new XYSeries("99,8%-grenzen (boven)", false);
    long upTo = Math.round(maxNoemer * 1.15) + 1;
    for (int i = 0; i <= 120; i++) {
      long n = Math.max(1, Math.round(Math.pow(upTo, i / 120.0)));
      base.add(n, baseline * factor);
      low95.add(n, Funnel.lower(baseline, n, Wilson.Z95) * factor);
      high95.add(n, Funnel.upper(baseline, n, Wilson.Z95) * factor);
      low998.add(n, Funnel.lower(baseline, n, Wilson.Z998) * factor);
      high998.add(n, Funnel.upper(baseline, n, Wilson.Z998) * factor);
    }
    limits.addSeries(base);
    limits.addSeries(low95);
    limits.addSeries(high95);
    limits.addSeries(low998);
    limits.addSeries(high998);

    NumberAxis x = new NumberAxis("aantal personen");
    x.setRange(0, upTo);
    NumberAxis y = new NumberAxis(Labels.unit(indicator));
    XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true);
    XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
    BrokenAxisPlot plot = new BrokenAxisPlot(points, x, y, pointRenderer);
    plot.setDataset(1, limits);
    plot.setRenderer(1, lineRenderer);
    JFreeChart chart =
        ChartStyle.apply(
            new JFreeChart(
                indicator.label() + ": trechterdiagram " + schooljaar.label(), null, plot, true));
    ChartStyle.dutchNumbers(x);
    ChartStyle.dutchNumbers(y);
    pointRenderer.setSeriesPaint(0, Judgement.GELIJK.color().darker().darker());
    // Only wijken outside the 95 % funnel are named, as in Fingertips: the rest is within chance.
    NameLabels names = new NameLabels();
    for (IndicatorRow r : plotted) {
      double p = r.waarde() / factor;
      boolean below = p < Funnel.lower(baseline, r.noemer(), Wilson.Z95);
      boolean above = p > Funnel.upper(baseline, r.noemer(), Wilson.Z95);
      if (below || above) {
        names.add(r.gebiedNaam(), r.noemer(), r.waarde(), below);
      }
    }
    plot.addAnnotation(names);
    pointRenderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
    Color dark = ChartStyle.GEMEENTE;
    lineRenderer.setSeriesPaint(0, dark);
    lineRenderer.setSeriesStroke(0, new BasicStroke(1.2f));
    for (int s = 1; s <= 4; s++) {
      lineRenderer.setSeriesPaint(
          s, s <= 2 ? new Color(0x00, 0x72, 0xB2) : new Color(0xD5, 0x5E, 0x00));
      lineRenderer.setSeriesStroke(s, s <= 2 ? ChartStyle.REFERENCE : new BasicStroke(1f));
      lineRenderer.setSeriesVisibleInLegend(s, s == 1 || s == 3);
    }
    double low =
        Math.max(0, Funnel.lower(baseline, 1 + maxNoemer / 20, Wilson.Z998) * factor * 0.8);
    double high =
        Math.min(
            factor,
            Math.max(
                Funnel.upper(baseline, 1 + maxNoemer / 20, Wilson.Z998) * factor * 1.1,
                plotted.stream().mapToDouble(IndicatorRow::waarde).max().orElse(0) * 1.05));
    // A gemeente value of 0 (or of the whole scale) still needs an axis with some length.
    // Every plotted wijk inside the axis; a broken axis starts at a round number (a step of 5 %).
    low = Math.min(low, plotted.stream().mapToDouble(IndicatorRow::waarde).min().orElse(0) * 0.95);
    double step = factor / 20.0;
    double bottom = Math.floor(Math.min(low, Math.max(0, high - factor * 0.05)) / step) * step;
    y.setRange(Math.max(0, bottom), Math.max(high, low + factor * 0.05));
    ChartStyle.caption(chart, Labels.notShown(notShown));
    if (plot.broken()) {
      ChartStyle.caption(
          chart,
          "De verticale as begint bij "
              + DutchFormat.value(indicator, y.getLowerBound())
              + ", niet bij 0 (onderbroken as).");
    }
    return new PlottedChart(chart, plotted, notShown);
  }

  /**
   * The names of the wijken outside the 95 % limits, each by its dot on a white ground so the
   * funnel's lines do not cross it: under the dot for a wijk below the funnel, above it for one
   * above; a name that would overlap one placed before moves further away from its dot.
   */
  static final class NameLabels extends org.jfree.chart.annotations.AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    /** A name at a point, below or above it. */
    record Name(String name, double x, double y, boolean below) {}

    private final List<Name> names = new ArrayList<>();

    void add(String name, double x, double y, boolean below) {
      names.add(new Name(name, x, y, below));
    }

    /** Returns the names, for tests: which wijken the plot names. */
    List<Name> names() {
      return names;
    }

    @Override
    public void draw(
        java.awt.Graphics2D g2,
        org.jfree.chart.plot.XYPlot plot,
        java.awt.geom.Rectangle2D dataArea,
        org.jfree.chart.axis.ValueAxis domainAxis,
        org.jfree.chart.axis.ValueAxis rangeAxis,
        int rendererIndex,
        org.jfree.chart.plot.PlotRenderingInfo info) {
      g2.setFont(nl.leamonitor.reports.pdf.ReportFonts.awt(java.awt.Font.PLAIN, 6.5f));
      java.awt.FontMetrics metrics = g2.getFontMetrics();
      double height = metrics.getAscent() + 1.5;
      List<java.awt.geom.Rectangle2D> placed = new ArrayList<>();
      for (Name n : names) {
        double width = metrics.stringWidth(n.name());
        double px = domainAxis.valueToJava2D(n.x(), dataArea, plot.getDomainAxisEdge());
        double py = rangeAxis.valueToJava2D(n.y(), dataArea, plot.getRangeAxisEdge());
        double left =
            Math.max(
                dataArea.getMinX() + 1, Math.min(dataArea.getMaxX() - width - 1, px - width / 2));
        double top = n.below() ? py + 4 : py - 4 - height;
        java.awt.geom.Rectangle2D box =
            new java.awt.geom.Rectangle2D.Double(left - 1, top, width + 2, height);
        while (overlaps(box, placed)) {
          top += n.below() ? height : -height;
          box = new java.awt.geom.Rectangle2D.Double(left - 1, top, width + 2, height);
        }
        placed.add(box);
        g2.setPaint(new Color(255, 255, 255, 220));
        g2.fill(box);
        g2.setPaint(Color.BLACK);
        g2.drawString(n.name(), (float) left, (float) (top + metrics.getAscent()));
      }
    }

    private static boolean overlaps(
        java.awt.geom.Rectangle2D box, List<java.awt.geom.Rectangle2D> placed) {
      return placed.stream().anyMatch(box::intersects);
    }
  }
}
