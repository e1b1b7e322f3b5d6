package nl.leamonitor.reports.web;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import nl.leamonitor.reports.charts.Figure;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a figure of the reports (a JFreeChart chart, or another Java2D drawing) as inline SVG with
 * JFreeSVG's {@link SVGGraphics2D}: the drawing the PDF makes, at the size it has there, with its
 * title and description as its text alternative. Text stays text ({@code <text>}), the font is
 * named, not fetched, and the output is the same in every run: the ids of its clip paths start with
 * the figure's id (JFreeSVG's default prefix holds the clock), numbers have at most two decimals.
 */
final class SvgChart {
  /** The font of the charts, with fallbacks where DejaVu Sans (the PDFs' font) is missing. */
  static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";

  private SvgChart() {}

  /**
   * Returns the SVG element.
   *
   * @param id a prefix unique in the page, for the title, description and clip paths
   * @param figure what to draw, with its title and description
   * @param description the accessible description (the figure's, and where its figures are)
   * @param width the width in the PDF's points, the unit of the drawing's coordinates
   * @param height the height in points
   */
  static String svg(String id, Figure figure, String description, double width, double height) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(id + "-");
    g.setGeomDoubleConverter(SvgChart::number);
    g.setTransformDoubleConverter(SvgChart::number);
    g.setFontFunction(family -> FONT);
    figure.painter().accept(g, new Rectangle2D.Double(0, 0, width, height));
    g.dispose();
    String element = g.getSVGElement();
    // JFreeSVG's own root element declares namespaces (xlink, its own) that name addresses; the
    // page's root carries the SVG namespace, the role and the text alternative instead.
    String content = element.substring(element.indexOf('>') + 1, element.lastIndexOf("</svg>"));
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafiek\" role=\"img\" viewBox=\"0 0 "
        + number(width)
        + " "
        + number(height)
        + "\" aria-labelledby=\""
        + id
        + "-titel "
        + id
        + "-uitleg\"><title id=\""
        + id
        + "-titel\">"
        + Html.escape(figure.title())
        + "</title><desc id=\""
        + id
        + "-uitleg\">"
        + Html.escape(description)
        + "</desc>"
        + content
        + "</svg>";
  }

  /** Returns a coordinate with at most two decimals, without exponent: {@code 12.5}, {@code 0}. */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "0";
    }
    String text =
        BigDecimal.valueOf(value)
            .setScale(2, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString();
    return text.equals("-0") ? "0" : text.toLowerCase(Locale.ROOT);
  }
}
