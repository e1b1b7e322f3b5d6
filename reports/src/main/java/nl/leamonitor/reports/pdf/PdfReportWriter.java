package nl.leamonitor.reports.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.BiConsumer;
import nl.leamonitor.reports.DutchFormat;
import org.jfree.chart.JFreeChart;

/**
 * A report being written: A4 pages with the title and page number in the footer, headings that are
 * also bookmarks, tables, notes and charts drawn as vector graphics with the embedded font. A page
 * that shows a suppressed figure ({@code x}, in a table cell or a chart) explains it above its
 * footer. The creation date is the run's rapportagedatum, so the same input gives the same
 * document.
 */
public final class PdfReportWriter implements AutoCloseable {
  /** Dark text. */
  public static final Color INK = new Color(0x22, 0x22, 0x22);

  /** Muted text for notes. */
  public static final Color MUTED = new Color(0x55, 0x55, 0x55);

  /** The LEA's accent colour for headings. */
  public static final Color ACCENT = new Color(0x00, 0x4C, 0x80);

  private static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);

  private final OutputStream out;
  private final Document document;
  private final PdfWriter writer;
  private final ReportFonts fonts;
  private final Deque<PdfOutline> outlines = new ArrayDeque<>();
  private final String suppressedNote;
  // Set while the current page is laid out, by a table cell drawn on it or a chart added to it.
  private boolean suppressedOnPage;

  /**
   * Opens a report; {@code suppressedNote} explains {@code x} at the foot of every page that shows
   * one (e.g. {@code x = niet gepubliceerd: ... (zie bijlage C)}).
   */
  public PdfReportWriter(
      Path target,
      ReportFonts fonts,
      String title,
      String subject,
      LocalDate created,
      String suppressedNote)
      throws IOException {
    this.fonts = fonts;
    this.suppressedNote = suppressedNote;
    this.out = Files.newOutputStream(target);
    this.document = new Document(PageSize.A4, 56, 56, 56, 64);
    try {
      writer = PdfWriter.getInstance(document, out);
    } catch (DocumentException e) {
      throw new IOException("PDF kon niet aangemaakt worden: " + target, e);
    }
    writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
    writer.setStrictImageSequence(true);
    document.addTitle(title);
    document.addSubject(subject);
    document.addAuthor("LEA Monitor, gemeente en partners van de Lokaal Educatieve Agenda");
    document.addCreator("LEA Monitor");
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    calendar.clear();
    calendar.set(created.getYear(), created.getMonthValue() - 1, created.getDayOfMonth());
    writer.setPageEvent(new Footer(title));
    document.open();
    // Dates from the run, not the clock: the same input gives the same document.
    writer.getInfo().put(com.lowagie.text.pdf.PdfName.CREATIONDATE, new PdfDate(calendar));
    writer.getInfo().put(com.lowagie.text.pdf.PdfName.MODDATE, new PdfDate(calendar));
    outlines.push(writer.getRootOutline());
  }

  /** Writes the page footer: the report's title left, the page number right. */
  private final class Footer extends PdfPageEventHelper {
    private final String title;

    Footer(String title) {
      this.title = title;
    }

    @Override
    public void onEndPage(PdfWriter w, Document d) {
      Font small = fonts.font(8, Font.NORMAL, MUTED);
      PdfContentByte cb = w.getDirectContent();
      if (suppressedOnPage) {
        ColumnText.showTextAligned(
            cb,
            Element.ALIGN_LEFT,
            new Phrase(suppressedNote, fonts.font(7.5f, Font.ITALIC, MUTED)),
            d.left(),
            d.bottom() - 14,
            0);
        suppressedOnPage = false;
      }
      ColumnText.showTextAligned(
          cb, Element.ALIGN_LEFT, new Phrase(title, small), d.left(), d.bottom() - 28, 0);
      ColumnText.showTextAligned(
          cb,
          Element.ALIGN_RIGHT,
          new Phrase("pagina " + w.getPageNumber(), small),
          d.right(),
          d.bottom() - 28,
          0);
    }
  }

  public ReportFonts fonts() {
    return fonts;
  }

  /** Starts a new page. */
  public void newPage() {
    document.newPage();
  }

  /** Writes a heading at a level (1 chapter, 2 section) and a bookmark for it. */
  public void heading(int level, String text) throws DocumentException {
    if (level == 1) {
      document.newPage();
    } else if (writer.getVerticalPosition(true) - document.bottom() < 160) {
      document.newPage(); // never leave a heading alone at the foot of a page
    }
    float size = level == 1 ? 18 : level == 2 ? 13 : 11;
    Paragraph p = new Paragraph(text, fonts.font(size, Font.BOLD, ACCENT));
    p.setSpacingBefore(level == 1 ? 0 : 10);
    p.setSpacingAfter(6);
    p.setKeepTogether(true);
    document.add(p);
    while (outlines.size() > level) {
      outlines.pop();
    }
    PdfDestination destination =
        new PdfDestination(PdfDestination.FITH, writer.getVerticalPosition(true) + size + 10);
    PdfOutline outline = new PdfOutline(outlines.peek(), destination, text, level == 1);
    outlines.push(outline);
  }

  /** Writes body text. */
  public void text(String text) throws DocumentException {
    Paragraph p = new Paragraph(text, fonts.font(10, Font.NORMAL, INK));
    p.setSpacingAfter(6);
    p.setLeading(14);
    document.add(p);
  }

  /** Writes a muted note (for explanations such as missing data). */
  public void note(String text) throws DocumentException {
    Paragraph p = new Paragraph(text, fonts.font(9, Font.ITALIC, MUTED));
    p.setSpacingAfter(6);
    document.add(p);
  }

  /** Writes large text, for cover pages. */
  public void big(String text, float size, int style, Color color, float spacingBefore)
      throws DocumentException {
    Paragraph p = new Paragraph(text, fonts.font(size, style, color));
    p.setSpacingBefore(spacingBefore);
    p.setSpacingAfter(8);
    document.add(p);
  }

  /**
   * Writes a table with a header row; numeric columns (by index) are right-aligned. A cell that
   * reads {@link DutchFormat#SUPPRESSED} marks the page it is drawn on (a table may run over
   * several pages) for the explanation of {@code x}.
   */
  public void table(
      List<String> header, List<List<String>> rows, float[] widths, java.util.Set<Integer> numeric)
      throws DocumentException {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    table.setSpacingBefore(4);
    table.setSpacingAfter(10);
    Font headerFont = fonts.font(7.5f, Font.BOLD, INK);
    Font cellFont = fonts.font(7.5f, Font.NORMAL, INK);
    for (int i = 0; i < header.size(); i++) {
      PdfPCell cell = new PdfPCell(new Phrase(header.get(i), headerFont));
      cell.setBackgroundColor(HEADER_FILL);
      cell.setPadding(4);
      cell.setBorderColor(Color.LIGHT_GRAY);
      cell.setHorizontalAlignment(numeric.contains(i) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
      table.addCell(cell);
    }
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        PdfPCell cell = new PdfPCell(new Phrase(row.get(i), cellFont));
        if (DutchFormat.SUPPRESSED.equals(row.get(i))) {
          cell.setCellEvent((drawn, position, canvases) -> suppressedOnPage = true);
        }
        cell.setPadding(3);
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setHorizontalAlignment(numeric.contains(i) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        table.addCell(cell);
      }
    }
    document.add(table);
  }

  /** Draws a chart as vector graphics, full text width, at a height in points. */
  public void chart(JFreeChart chart, float height) throws DocumentException {
    chart(chart, height, false);
  }

  /** Draws a chart; {@code showsSuppressed}: it shows an {@code x}, to be explained on its page. */
  public void chart(JFreeChart chart, float height, boolean showsSuppressed)
      throws DocumentException {
    draw((g, area) -> chart.draw(g, area), height, showsSuppressed);
  }

  /** Draws with Java2D into a vector area of full text width and a height in points. */
  public void draw(BiConsumer<Graphics2D, Rectangle2D> painter, float height)
      throws DocumentException {
    draw(painter, height, false);
  }

  /**
   * Draws with Java2D; {@code showsSuppressed}: the drawing shows an {@code x}, to be explained on
   * its page.
   */
  public void draw(
      BiConsumer<Graphics2D, Rectangle2D> painter, float height, boolean showsSuppressed)
      throws DocumentException {
    float width = document.right() - document.left();
    PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
    Graphics2D g = template.createGraphics(width, height, fonts);
    try {
      painter.accept(g, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g.dispose();
    }
    Image image = Image.getInstance(template);
    image.setSpacingAfter(8);
    document.add(image);
    // With strict image sequence an image that does not fit starts a new page before it is
    // placed, so once added it is on the current page.
    suppressedOnPage |= showsSuppressed;
  }

  /** Adds vertical space. */
  public void space(float points) throws DocumentException {
    Paragraph p = new Paragraph(new Chunk(" ", fonts.font(1, Font.NORMAL, INK)));
    p.setSpacingAfter(points);
    document.add(p);
  }

  @Override
  public void close() throws IOException {
    document.close();
    out.close();
  }
}
