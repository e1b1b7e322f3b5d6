package nl.leamonitor.reports.maps;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.leamonitor.reports.pdf.ReportFonts;

/**
 * Draws wijken as a choropleth with Java2D, so that a PDF gets it as vector graphics: each wijk
 * filled by its {@link MapFill}, a suppressed wijk hatched and labelled {@code x}, grey borders;
 * under the map its key, the wijken without a shape and the source of the boundaries.
 */
public final class ChoroplethMap {
  /** The source of the boundaries, under every map (CBS/Kadaster's open data licence). */
  public static final String CREDIT = "Bron: CBS/Kadaster, Wijk- en Buurtkaart 2024";

  /** The lines of a hatch. */
  public static final Color HATCH = new Color(0x55, 0x55, 0x55);

  /** The borders between wijken. */
  static final Color BORDER = new Color(0x77, 0x77, 0x77);

  /** The distance between the lines of a hatch, in points. */
  static final double HATCH_SPACING = 3;

  private ChoroplethMap() {}

  /** Returns the line that lists the wijken without a shape: {@code Geen kaart: A en B.}. */
  public static String missingLine(List<String> missing) {
    if (missing.isEmpty()) {
      return "";
    }
    String names =
        missing.size() == 1
            ? missing.get(0)
            : String.join(", ", missing.subList(0, missing.size() - 1))
                + " en "
                + missing.get(missing.size() - 1);
    return "Geen kaart (geen grens aangeleverd): " + names + ".";
  }

  /**
   * Paints a whole map in an area: the wijken, and under them the key ({@code legend}), the wijken
   * without a shape and the credit.
   *
   * @param fills per wijk code its fill; a wijk not in it gets {@code otherwise}
   */
  public static void paint(
      Graphics2D g,
      Rectangle2D area,
      WijkShapes shapes,
      Map<String, MapFill> fills,
      MapFill otherwise,
      List<MapFill> legend) {
    float size = 7;
    List<String> notes = new ArrayList<>();
    if (!shapes.missing().isEmpty()) {
      notes.add(missingLine(shapes.missing()));
    }
    notes.add(CREDIT);
    double below = 12 * (notes.size() + 1) + 4;
    Rectangle2D map =
        new Rectangle2D.Double(
            area.getX(), area.getY(), area.getWidth(), Math.max(10, area.getHeight() - below));
    paintAreas(g, map, shapes, fills, otherwise, size);
    double y = map.getMaxY() + 6;
    y += paintLegend(g, area.getX(), y, area.getWidth(), legend, size);
    paintNotes(g, area.getX(), y, notes, size);
  }

  /** Paints the wijken of a map, filled, with their symbols, in an area. */
  public static void paintAreas(
      Graphics2D g,
      Rectangle2D area,
      WijkShapes shapes,
      Map<String, MapFill> fills,
      MapFill otherwise,
      float size) {
    Map<String, Shape> drawn = shapes.draw(area);
    drawn.forEach(
        (code, shape) -> {
          MapFill fill = fills.getOrDefault(code, otherwise);
          g.setColor(fill.color());
          g.fill(shape);
          if (fill.hatched()) {
            hatch(g, shape);
          }
        });
    g.setColor(BORDER);
    g.setStroke(new BasicStroke(0.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    drawn.values().forEach(g::draw);
    Font font = ReportFonts.awt(Font.BOLD, size);
    g.setFont(font);
    FontMetrics metrics = g.getFontMetrics();
    for (String code : drawn.keySet()) {
      MapFill fill = fills.getOrDefault(code, otherwise);
      if (fill.symbol().isEmpty()) {
        continue;
      }
      Point2D at = shapes.anchor(code, area);
      double w = metrics.stringWidth(fill.symbol());
      if (fill.hatched()) {
        // On a white patch, so the x reads over the hatch.
        g.setColor(Color.WHITE);
        g.fill(
            new Rectangle2D.Double(
                at.getX() - w / 2 - 1.5, at.getY() - size * 0.55, w + 3, size * 1.1));
      }
      g.setColor(fill.hatched() ? Color.BLACK : new Color(0x22, 0x22, 0x22));
      g.drawString(fill.symbol(), (float) (at.getX() - w / 2), (float) (at.getY() + size * 0.35));
    }
  }

  /** Hatches a shape with diagonal lines. */
  static void hatch(Graphics2D g, Shape shape) {
    Shape clip = g.getClip();
    g.clip(shape);
    g.setColor(HATCH);
    g.setStroke(new BasicStroke(0.6f));
    Rectangle2D b = shape.getBounds2D();
    for (double d = -b.getHeight(); d < b.getWidth(); d += HATCH_SPACING) {
      g.draw(new Line2D.Double(b.getX() + d, b.getMaxY(), b.getX() + d + b.getHeight(), b.getY()));
    }
    g.setClip(clip);
  }

  /**
   * Paints a key: per fill a swatch and its meaning, in a row that wraps at the width. Returns the
   * height it takes.
   */
  public static double paintLegend(
      Graphics2D g, double x, double y, double width, List<MapFill> items, float size) {
    if (items.isEmpty()) {
      return 0;
    }
    g.setFont(ReportFonts.awt(Font.PLAIN, size));
    FontMetrics metrics = g.getFontMetrics();
    double swatch = size * 1.3;
    double line = size * 1.7;
    double at = x;
    double top = y;
    for (MapFill item : items) {
      String text =
          item.label() + (item.symbol().isEmpty() || item.hatched() ? "" : " " + item.symbol());
      double w = swatch + 3 + metrics.stringWidth(text) + 9;
      if (at > x && at + w > x + width) {
        at = x;
        top += line;
      }
      Rectangle2D box = new Rectangle2D.Double(at, top, swatch, swatch * 0.8);
      g.setColor(item.color());
      g.fill(box);
      if (item.hatched()) {
        hatch(g, box);
      }
      g.setColor(BORDER);
      g.setStroke(new BasicStroke(0.4f));
      g.draw(box);
      g.setColor(Color.DARK_GRAY);
      g.drawString(
          item.hatched() ? "x = " + text : text, (float) (at + swatch + 3), (float) (top + size));
      at += w + (item.hatched() ? metrics.stringWidth("x = ") : 0);
    }
    return top - y + line;
  }

  /** Paints lines of small print (the wijken without a shape, the credit) from {@code y} down. */
  public static double paintNotes(
      Graphics2D g, double x, double y, List<String> notes, float size) {
    g.setFont(ReportFonts.awt(Font.PLAIN, size));
    g.setColor(Color.DARK_GRAY);
    double line = size * 1.6;
    double at = y + size;
    for (String note : notes) {
      g.drawString(note, (float) x, (float) at);
      at += line;
    }
    return at - y;
  }
}
