package nl.leamonitor.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
  /** The 95 % limits: dashes long and far enough apart to read as dashed at any size. */
  static final BasicStroke LIMIT95 =
      new BasicStroke(
          1.1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 3.5f}, 0f);

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
    // One path per limit, so that the dashes of the 95 % lines run along the whole curve instead of
    // starting afresh on each of its 120 short pieces (which made them look solid).
    lineRenderer.setDrawSeriesLineAsPath(true);
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
      names.dot(r.noemer(), r.waarde());
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
      lineRenderer.setSeriesStroke(s, s <= 2 ? LIMIT95 : new BasicStroke(1f));
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
    return new PlottedChart(
        chart,
        plotted,
        notShown,
        "Trechterdiagram: per wijk een stip, de waarde tegen het aantal personen waarover het"
            + " cijfer gaat. Rond de waarde van de gemeente liggen de 95%-grenzen (gestippeld) en"
            + " de 99,8%-grenzen (doorgetrokken); wijken buiten de 95%-grenzen staan er met naam"
            + " bij. Een wijk zonder gepubliceerd cijfer heeft geen stip.",
        table(
            indicator,
            gemeente.get(),
            baseline,
            table.wijkRows(indicator.id(), schooljaar, null),
            chart.getTitle().getText()));
  }

  /**
   * Returns the figures of the funnel: the gemeente, then per wijk the number of persons, its value
   * and where it lies against the limits, {@code x} where not published.
   */
  private static FigureTable table(
      Indicator indicator,
      IndicatorRow gemeente,
      double baseline,
      List<IndicatorRow> wijken,
      String caption) {
    List<List<String>> rows = new ArrayList<>();
    List<String> areas = new ArrayList<>();
    rows.add(
        List.of(
            Labels.gemeente(gemeente),
            DutchFormat.number(gemeente.noemer()),
            Labels.valueCell(indicator, gemeente),
            "midden van de trechter"));
    areas.add(gemeente.gebiedCode());
    for (IndicatorRow r : wijken) {
      String x = DutchFormat.SUPPRESSED;
      rows.add(
          r.onderdrukt()
              ? List.of(r.gebiedNaam(), x, x, x)
              : List.of(
                  r.gebiedNaam(),
                  DutchFormat.number(r.noemer()),
                  Labels.valueCell(indicator, r),
                  position(indicator, r, baseline)));
      areas.add(r.gebiedCode());
    }
    return new FigureTable(
        caption,
        List.of("Wijk", "Aantal personen", "Waarde", "Ligging in de trechter"),
        rows,
        Set.of(1, 2),
        areas);
  }

  /**
   * Returns where a wijk lies against the funnel's limits: {@code binnen de 95%-grenzen}, {@code
   * boven de 95%-grenzen}, {@code onder de 99,8%-grenzen}.
   */
  static String position(Indicator indicator, IndicatorRow r, double baseline) {
    if (r.teller() > r.noemer()) {
      return "niet getekend: teller groter dan noemer";
    }
    double p = r.waarde() / indicator.scale().factor();
    long n = r.noemer();
    if (p < Funnel.lower(baseline, n, Wilson.Z998)) {
      return "onder de 99,8%-grenzen";
    }
    if (p > Funnel.upper(baseline, n, Wilson.Z998)) {
      return "boven de 99,8%-grenzen";
    }
    if (p < Funnel.lower(baseline, n, Wilson.Z95)) {
      return "onder de 95%-grenzen";
    }
    if (p > Funnel.upper(baseline, n, Wilson.Z95)) {
      return "boven de 95%-grenzen";
    }
    return "binnen de 95%-grenzen";
  }

  /**
   * The names of the wijken outside the 95 % limits, each next to its dot on a white ground so the
   * funnel's lines do not cross it: to the right of the dot, else to its left, else under it (for a
   * wijk below the funnel) or above it, else diagonally, at the first place that covers no other
   * name or dot; only when all are taken does a name move further out, with a thin line to its dot.
   */
  static final class NameLabels extends org.jfree.chart.annotations.AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    /** A name at a point, below or above it. */
    record Name(String name, double x, double y, boolean below) {}

    /** The gap in points between a dot's centre and its name. */
    static final double GAP = 5;

    private final List<Name> names = new ArrayList<>();
    private final List<double[]> dots = new ArrayList<>();

    void add(String name, double x, double y, boolean below) {
      names.add(new Name(name, x, y, below));
    }

    /** Adds a dot that names must not cover. */
    void dot(double x, double y) {
      dots.add(new double[] {x, y});
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
      List<java.awt.geom.Point2D> at = new ArrayList<>();
      List<Double> widths = new ArrayList<>();
      for (Name n : names) {
        at.add(
            new java.awt.geom.Point2D.Double(
                domainAxis.valueToJava2D(n.x(), dataArea, plot.getDomainAxisEdge()),
                rangeAxis.valueToJava2D(n.y(), dataArea, plot.getRangeAxisEdge())));
        widths.add((double) metrics.stringWidth(n.name()));
      }
      List<java.awt.geom.Point2D> all = new ArrayList<>();
      for (double[] d : dots) {
        all.add(
            new java.awt.geom.Point2D.Double(
                domainAxis.valueToJava2D(d[0], dataArea, plot.getDomainAxisEdge()),
                rangeAxis.valueToJava2D(d[1], dataArea, plot.getRangeAxisEdge())));
      }
      List<java.awt.geom.Rectangle2D> boxes =
          place(at, names.stream().map(Name::below).toList(), widths, height, all, dataArea);
      for (int i = 0; i < names.size(); i++) {
        java.awt.geom.Rectangle2D box = boxes.get(i);
        java.awt.geom.Point2D dot = at.get(i);
        if (distance(box, dot) > GAP + 1) {
          g2.setPaint(Color.GRAY);
          g2.setStroke(new BasicStroke(0.5f));
          g2.draw(
              new java.awt.geom.Line2D.Double(
                  dot.getX(),
                  dot.getY(),
                  Math.max(box.getMinX(), Math.min(box.getMaxX(), dot.getX())),
                  Math.max(box.getMinY(), Math.min(box.getMaxY(), dot.getY()))));
        }
        g2.setPaint(new Color(255, 255, 255, 220));
        g2.fill(box);
        g2.setPaint(Color.BLACK);
        g2.drawString(
            names.get(i).name(),
            (float) (box.getMinX() + 1),
            (float) (box.getMinY() + metrics.getAscent()));
      }
    }

    /**
     * Returns per name its box, in Java2D coordinates: beside its dot where that is free of the
     * boxes placed before, of the other dots and of the plot's edges; else further out.
     */
    static List<java.awt.geom.Rectangle2D> place(
        List<java.awt.geom.Point2D> at,
        List<Boolean> below,
        List<Double> widths,
        double height,
        List<java.awt.geom.Point2D> dots,
        java.awt.geom.Rectangle2D area) {
      List<java.awt.geom.Rectangle2D> placed = new ArrayList<>();
      for (int i = 0; i < at.size(); i++) {
        double px = at.get(i).getX();
        double py = at.get(i).getY();
        double w = widths.get(i) + 2;
        java.awt.geom.Rectangle2D chosen = null;
        for (int ring = 0; ring < 12 && chosen == null; ring++) {
          double out = ring * height;
          double vertical = below.get(i) ? py + GAP + out : py - GAP - height - out;
          double otherVertical = below.get(i) ? py - GAP - height - out : py + GAP + out;
          List<java.awt.geom.Rectangle2D> candidates =
              List.of(
                  new java.awt.geom.Rectangle2D.Double(px + GAP + out, py - height / 2, w, height),
                  new java.awt.geom.Rectangle2D.Double(
                      px - GAP - out - w, py - height / 2, w, height),
                  new java.awt.geom.Rectangle2D.Double(px - w / 2, vertical, w, height),
                  new java.awt.geom.Rectangle2D.Double(px - w / 2, otherVertical, w, height),
                  new java.awt.geom.Rectangle2D.Double(px + 2, vertical, w, height),
                  new java.awt.geom.Rectangle2D.Double(px - 2 - w, vertical, w, height));
          for (java.awt.geom.Rectangle2D c : candidates) {
            if (area.contains(c) && !overlaps(c, placed) && !covers(c, dots)) {
              chosen = c;
              break;
            }
          }
        }
        if (chosen == null) {
          // Nowhere free: beside the dot, kept inside the plot.
          double left = Math.max(area.getMinX(), Math.min(area.getMaxX() - w, px + GAP));
          double top = Math.max(area.getMinY(), Math.min(area.getMaxY() - height, py - height / 2));
          chosen = new java.awt.geom.Rectangle2D.Double(left, top, w, height);
        }
        placed.add(chosen);
      }
      return placed;
    }

    /** Returns the distance from a box to a point, 0 inside it. */
    static double distance(java.awt.geom.Rectangle2D box, java.awt.geom.Point2D p) {
      double dx = Math.max(0, Math.max(box.getMinX() - p.getX(), p.getX() - box.getMaxX()));
      double dy = Math.max(0, Math.max(box.getMinY() - p.getY(), p.getY() - box.getMaxY()));
      return Math.hypot(dx, dy);
    }

    private static boolean covers(java.awt.geom.Rectangle2D box, List<java.awt.geom.Point2D> dots) {
      // A dot has a radius of 3 points.
      return dots.stream().anyMatch(d -> box.intersects(d.getX() - 3, d.getY() - 3, 6, 6));
    }

    private static boolean overlaps(
        java.awt.geom.Rectangle2D box, List<java.awt.geom.Rectangle2D> placed) {
      return placed.stream().anyMatch(box::intersects);
    }
  }
}
