package nl.leamonitor.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import nl.leamonitor.reports.DutchFormat;
import nl.leamonitor.reports.Judgement;
import nl.leamonitor.reports.pdf.ReportFonts;

/**
 * A spine chart (as in the Fingertips area profiles): per indicator, the range of the wijken as a
 * grey bar centred on the gemeente's value, worst on the left and best on the right, the middle
 * half of the wijken darker, and this wijk as a dot coloured by its judgement. Only published wijk
 * figures make the bar; a right-hand column counts the wijken left out ({@code x}), and a
 * suppressed figure of this wijk is an {@code x}, not a dot.
 */
public final class SpineChart {
  private static final Color RANGE = new Color(0xE4, 0xE4, 0xE4);
  private static final Color MIDDLE = new Color(0xB0, 0xB0, 0xB0);

  private SpineChart() {}

  /**
   * One indicator's line.
   *
   * @param label the indicator (and category)
   * @param worst the worst wijk value
   * @param lowerQuartile the quartile on the worst side
   * @param upperQuartile the quartile on the best side
   * @param best the best wijk value
   * @param gemeente the gemeente's value (the spine)
   * @param wijk this wijk's value, or null when suppressed or absent
   * @param judgement this wijk's judgement
   * @param note text shown instead of a dot (e.g. {@code x})
   * @param notShown how many wijken have no published figure, so are not in the bar
   */
  public record Line(
      String label,
      double worst,
      double lowerQuartile,
      double upperQuartile,
      double best,
      double gemeente,
      Double wijk,
      Judgement judgement,
      String note,
      int notShown) {}

  /** The header of the right-hand column. */
  static final String NOT_SHOWN_HEADER = "niet getoond (" + DutchFormat.SUPPRESSED + ")";

  /** The height of a line: room for a label on two lines of 7,5 pt. */
  private static final int ROW = 16;

  /** Returns the height needed for a number of lines. */
  public static float height(int lines) {
    return 34 + ROW * lines;
  }

  /** Paints the chart. */
  public static void paint(Graphics2D g, Rectangle2D area, List<Line> lines) {
    // A whole size: the web pages' SVG (JFreeSVG) writes a font size in whole pixels.
    Font font = ReportFonts.awt(Font.PLAIN, 7);
    g.setFont(font);
    FontMetrics metrics = g.getFontMetrics();
    double labelWidth = area.getWidth() * 0.42;
    double countWidth = metrics.stringWidth(NOT_SHOWN_HEADER) + 4;
    double left = area.getX() + labelWidth + 6;
    double right = area.getMaxX() - countWidth - 12;
    double centre = (left + right) / 2;
    double half = (right - left) / 2;
    g.setColor(Color.DARK_GRAY);
    g.drawString("slechter", (float) left, (float) (area.getY() + 10));
    g.drawString(
        "beter", (float) (right - metrics.stringWidth("beter")), (float) (area.getY() + 10));
    String gem = "gemeente";
    g.drawString(
        gem, (float) (centre - metrics.stringWidth(gem) / 2.0), (float) (area.getY() + 10));
    g.drawString(
        NOT_SHOWN_HEADER,
        (float) (area.getMaxX() - metrics.stringWidth(NOT_SHOWN_HEADER)),
        (float) (area.getY() + 10));
    double y = area.getY() + 20;
    for (Line line : lines) {
      double rowMiddle = y + 8;
      g.setColor(Color.DARK_GRAY);
      List<String> label = labelLines(line.label(), metrics, labelWidth);
      if (label.size() == 1) {
        g.drawString(label.get(0), (float) area.getX(), (float) (rowMiddle + 3));
      } else {
        g.drawString(label.get(0), (float) area.getX(), (float) (rowMiddle - 0.5));
        g.drawString(label.get(1), (float) area.getX(), (float) (rowMiddle + 7));
      }
      g.setColor(RANGE);
      g.fill(new Rectangle2D.Double(left, rowMiddle - 5, right - left, 10));
      double q1 = position(line.lowerQuartile(), line, centre, half);
      double q3 = position(line.upperQuartile(), line, centre, half);
      g.setColor(MIDDLE);
      g.fill(new Rectangle2D.Double(Math.min(q1, q3), rowMiddle - 5, Math.abs(q3 - q1), 10));
      g.setColor(Color.BLACK);
      g.setStroke(new BasicStroke(1.2f));
      g.draw(new Line2D.Double(centre, rowMiddle - 7, centre, rowMiddle + 7));
      if (line.wijk() != null) {
        double x = position(line.wijk(), line, centre, half);
        g.setColor(line.judgement().color());
        g.fill(new Ellipse2D.Double(x - 4.5, rowMiddle - 4.5, 9, 9));
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new Ellipse2D.Double(x - 4.5, rowMiddle - 4.5, 9, 9));
      } else if (line.note() != null) {
        // On a white patch, so the note does not run over the grey bars behind it.
        g.setColor(Color.WHITE);
        g.fill(
            new Rectangle2D.Double(
                centre + 3, rowMiddle - 5, metrics.stringWidth(line.note()) + 6, 10));
        g.setColor(Color.DARK_GRAY);
        g.drawString(line.note(), (float) (centre + 6), (float) (rowMiddle + 3));
      }
      if (line.notShown() > 0) {
        String count = line.notShown() + (line.notShown() == 1 ? " wijk" : " wijken");
        g.setColor(Color.DARK_GRAY);
        g.drawString(
            count, (float) (area.getMaxX() - metrics.stringWidth(count)), (float) (rowMiddle + 3));
      }
      y += ROW;
    }
  }

  /** Maps a value to x: worst..gemeente on the left half, gemeente..best on the right half. */
  static double position(double value, Line line, double centre, double half) {
    boolean bestIsHigh = line.best() >= line.worst();
    double towardsBest = bestIsHigh ? value - line.gemeente() : line.gemeente() - value;
    double span =
        towardsBest >= 0
            ? Math.abs(line.best() - line.gemeente())
            : Math.abs(line.gemeente() - line.worst());
    if (span == 0) {
      return centre;
    }
    double fraction = Math.max(-1, Math.min(1, towardsBest / span));
    return centre + fraction * half;
  }

  /**
   * Returns a label as the chart writes it: on one line where it fits, else on two, broken between
   * words, so that a long label (I16's) is shown whole; only what two lines cannot hold is cut.
   */
  static List<String> labelLines(String text, FontMetrics metrics, double width) {
    if (metrics.stringWidth(text) <= width) {
      return List.of(text);
    }
    String[] words = text.split(" ");
    StringBuilder first = new StringBuilder(words[0]);
    int next = 1;
    while (next < words.length && metrics.stringWidth(first + " " + words[next]) <= width) {
      first.append(' ').append(words[next++]);
    }
    String rest = String.join(" ", java.util.Arrays.copyOfRange(words, next, words.length));
    return List.of(first.toString(), fit(rest, metrics, width));
  }

  private static String fit(String text, FontMetrics metrics, double width) {
    if (metrics.stringWidth(text) <= width) {
      return text;
    }
    String cut = text;
    while (cut.length() > 4 && metrics.stringWidth(cut + "...") > width) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut + "...";
  }
}
