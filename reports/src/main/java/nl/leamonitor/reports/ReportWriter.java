package nl.leamonitor.reports;

import com.lowagie.text.DocumentException;
import java.awt.Color;
import java.util.List;
import java.util.Set;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.charts.Figure;

/**
 * What a chapter of the reports is written on: the pages of a PDF ({@code PdfReportWriter}) or a
 * web page ({@code HtmlReportWriter}). A chapter says what to show, in order: headings, text,
 * notes, tables and charts; the writer lays it out. So the web pages show what the PDF shows, from
 * the same code. The layout calls ({@link #keepTogether}, {@link #room}, the heights, {@link
 * #newPage}) only mean something on a page of paper; a web page ignores them.
 *
 * <p>The methods throw the PDF library's {@link DocumentException}, as the chapters written for the
 * PDF did; a web page never throws it.
 */
public interface ReportWriter {
  /** Writes a heading at a level: 1 the chapter (a web page's h1), 2 a section, 3 a subsection. */
  void heading(int level, String text) throws DocumentException;

  /**
   * Writes a heading that keeps at least {@code keepWithNext} points of what follows on its page.
   */
  void heading(int level, String text, float keepWithNext) throws DocumentException;

  /** Writes body text. */
  void text(String text) throws DocumentException;

  /** Writes a note: an explanation, such as why a figure or chart is missing. */
  void note(String text) throws DocumentException;

  /**
   * Writes a table with a header row; the first cell of a row names it, numeric columns (by index)
   * are aligned right, {@code widths} are proportions. The caption names the table where the page
   * shows it (the web); the PDF's heading or text above it does that on paper.
   */
  default void table(
      String caption,
      List<String> header,
      List<List<String>> rows,
      float[] widths,
      Set<Integer> numeric)
      throws DocumentException {
    table(caption, header, rows, widths, numeric, null);
  }

  /** Writes a table as above, with a background colour per cell (per row, per cell or null). */
  void table(
      String caption,
      List<String> header,
      List<List<String>> rows,
      float[] widths,
      Set<Integer> numeric,
      List<List<Color>> fills)
      throws DocumentException;

  /**
   * Draws a chart (or key) at full width and a height in points, with the tables of its figures.
   */
  void chart(Figure figure, float height) throws DocumentException;

  /** Draws two charts side by side, each half the width, at a height in points. */
  void chartsSideBySide(Figure left, Figure right, float height) throws DocumentException;

  /**
   * Shows the map of the wijken of an indicator (and category) in a schooljaar beside its wijk
   * chart, where the writer has one: the web pages. The PDF's chapters have none (its maps are in
   * {@code wijkvergelijking.pdf}).
   */
  default void wijkMap(Indicator indicator, String categorie, Schooljaar schooljaar) {}

  /** Starts a new page unless {@code height} points remain on this one. */
  void keepTogether(float height) throws DocumentException;

  /** Returns the points a heading at a level takes. */
  float headingHeight(int level, String text);

  /** Returns the points body text (or, {@code note}: a note) takes. */
  float textHeight(String text, boolean note);

  /** Returns the points left on the current page. */
  float room();

  /** Starts a new page. */
  void newPage() throws DocumentException;
}
