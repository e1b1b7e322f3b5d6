package nl.leamonitor.reports.web;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.Map;
import nl.leamonitor.reports.maps.ChoroplethMap;
import nl.leamonitor.reports.maps.MapFill;
import nl.leamonitor.reports.maps.WijkShapes;

/**
 * Writes a map of the wijken as inline SVG: the same shapes, fills, hatch and {@code x} as the
 * PDF's {@link ChoroplethMap}, with a title and a description as its text alternative. The key, the
 * wijken without a shape and the credit are HTML beside it, so they are text.
 */
final class SvgMap {
  /** The width of a map in the page's coordinates; its height follows the gemeente's aspect. */
  static final double WIDTH = 480;

  private SvgMap() {}

  /**
   * Returns the SVG element.
   *
   * @param id a prefix unique in the page, for the title, description and hatch
   * @param title what the map shows (its accessible name)
   * @param description where its figures are in words (its accessible description)
   */
  static String svg(
      String id,
      String title,
      String description,
      WijkShapes shapes,
      Map<String, MapFill> fills,
      MapFill otherwise) {
    double height = Math.round(WIDTH / Math.max(0.2, shapes.aspect()));
    Rectangle2D area = new Rectangle2D.Double(4, 4, WIDTH - 8, height - 8);
    StringBuilder s = new StringBuilder();
    s.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kaart\" role=\"img\" viewBox=\"0 0 ")
        .append(n(WIDTH))
        .append(' ')
        .append(n(height))
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-titel ")
        .append(id)
        .append("-uitleg\">");
    s.append("<title id=\"").append(id).append("-titel\">").append(Html.escape(title));
    s.append("</title><desc id=\"").append(id).append("-uitleg\">");
    s.append(Html.escape(description)).append("</desc>");
    s.append("<defs><pattern id=\"")
        .append(id)
        .append("-arcering\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
        .append(
            " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>")
        .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"")
        .append(hex(ChoroplethMap.HATCH))
        .append("\" stroke-width=\"1.2\"/></pattern></defs>");
    for (Map.Entry<String, Shape> e : shapes.draw(area).entrySet()) {
      MapFill fill = fills.getOrDefault(e.getKey(), otherwise);
      s.append("<path d=\"").append(path(e.getValue())).append("\" fill=\"");
      s.append(fill.hatched() ? "url(#" + id + "-arcering)" : hex(fill.color()));
      // The wijk's name and its fill's meaning on hover (the table beside the map has them too).
      s.append("\" stroke=\"#777777\" stroke-width=\"0.8\" fill-rule=\"evenodd\"><title>")
          .append(Html.escape(shapes.name(e.getKey()) + ": " + fill.label()))
          .append("</title></path>");
    }
    for (String code : shapes.codes()) {
      MapFill fill = fills.getOrDefault(code, otherwise);
      if (fill.symbol().isEmpty()) {
        continue;
      }
      Point2D at = shapes.anchor(code, area);
      if (fill.hatched()) {
        s.append("<rect x=\"")
            .append(n(at.getX() - 7))
            .append("\" y=\"")
            .append(n(at.getY() - 9))
            .append("\" width=\"14\" height=\"16\" fill=\"#ffffff\"/>");
      }
      s.append("<text x=\"")
          .append(n(at.getX()))
          .append("\" y=\"")
          .append(n(at.getY() + 4))
          .append("\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\"")
          .append(" fill=\"#000000\">")
          .append(Html.escape(fill.symbol()))
          .append("</text>");
    }
    s.append("</svg>");
    return s.toString();
  }

  /** Returns a shape as SVG path data. */
  static String path(Shape shape) {
    StringBuilder d = new StringBuilder();
    double[] c = new double[6];
    for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
      int segment = it.currentSegment(c);
      // Per segment its letter and its points: move and line 1, quadratic 2, cubic 3, close 0.
      int points =
          switch (segment) {
            case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 1;
            case PathIterator.SEG_QUADTO -> 2;
            case PathIterator.SEG_CUBICTO -> 3;
            default -> 0;
          };
      d.append("MLQCZ".charAt(segment));
      for (int i = 0; i < 2 * points; i++) {
        d.append(i > 0 ? " " : "").append(n(c[i]));
      }
    }
    return d.toString();
  }

  /** Returns a colour as {@code #rrggbb}. */
  static String hex(Color color) {
    return String.format(Locale.ROOT, "#%06x", color.getRGB() & 0xFFFFFF);
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
