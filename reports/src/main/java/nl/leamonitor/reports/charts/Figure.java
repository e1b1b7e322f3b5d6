package nl.leamonitor.reports.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A drawing with its text alternative: what the PDF draws with Java2D and the web pages write as an
 * SVG, with its title, a description of what it shows and the tables of its figures.
 *
 * @param title what it shows (its accessible name)
 * @param description how it shows it, in a sentence or two (its accessible description)
 * @param painter draws it into an area
 * @param tables its figures; none for a key, which has no figures
 * @param showsSuppressed whether it shows an {@code x}, to be explained beside it
 */
public record Figure(
    String title,
    String description,
    BiConsumer<Graphics2D, Rectangle2D> painter,
    List<FigureTable> tables,
    boolean showsSuppressed) {

  public Figure {
    tables = List.copyOf(tables);
  }
}
