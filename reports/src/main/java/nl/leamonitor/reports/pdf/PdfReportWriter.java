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
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.DublinCoreSchema;
import com.lowagie.text.xml.xmp.XmpWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
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
import nl.leamonitor.reports.ReportWriter;
import nl.leamonitor.reports.charts.Figure;
import org.jfree.chart.JFreeChart;

/**
 * A report being written: A4 pages with the title and page number in the footer, headings that are
 * also bookmarks, tables, notes and charts drawn as vector graphics with the embedded font. A page
 * that shows a suppressed figure ({@code x}, in a table cell or a chart) explains it above its
 * footer. The creation date is the run's rapportagedatum, so the same input gives the same
 * document. The documents are PDF/A-1b, for archives (checked by veraPDF in PdfArchiveTest).
 */
public final class PdfReportWriter implements ReportWriter, AutoCloseable {
  /** Dark text. */
  public static final Color INK = new Color(0x22, 0x22, 0x22);

  /** Muted text for notes. */
  public static final Color MUTED = new Color(0x55, 0x55, 0x55);

  /** The LEA's accent colour for headings. */
  public static final Color ACCENT = new Color(0x00, 0x4C, 0x80);

  private static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);

  /** The documents' language, in the catalogue's {@code /Lang}. */
  public static final String LANGUAGE = "nl-NL";

  /** The colour space of every colour in the documents, named in their output intent. */
  private static final String SRGB = "sRGB IEC61966-2.1";

  /** Room a heading keeps below it on its page, unless told otherwise. */
  private static final float KEEP_WITH_HEADING = 160;

  /** The font size of table text, and the smallest it shrinks to for a wide table. */
  private static final float TABLE_SIZE = 7.5f;

  private static final float TABLE_MIN_SIZE = 6f;

  private static final float HEADER_PADDING = 4;
  private static final float CELL_PADDING = 3;

  private final OutputStream out;
  private final Document document;
  private final PdfWriter writer;
  private final ReportFonts fonts;
  private final Deque<PdfOutline> outlines = new ArrayDeque<>();
  private final String suppressedNote;
  // Set while the current page is laid out, by a table cell drawn on it or a chart added to it.
  private boolean suppressedOnPage;
  private boolean closed;
  // False while only laying out: drawings keep their place on the page but are not drawn.
  private final boolean drawing;

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
    this(
        Files.newOutputStream(target),
        true,
        target.toString(),
        fonts,
        title,
        subject,
        created,
        suppressedNote);
  }

  /**
   * Opens a report that is only laid out, to learn on which page each heading falls ({@link
   * #headingPages}): the same pages as the report opened with the same arguments and given the same
   * content, but written nowhere, and its drawings (charts, maps) are left blank in the place they
   * take, which is what costs the time.
   */
  public static PdfReportWriter layout(
      ReportFonts fonts, String title, String subject, LocalDate created, String suppressedNote)
      throws IOException {
    return new PdfReportWriter(
        OutputStream.nullOutputStream(),
        false,
        title,
        fonts,
        title,
        subject,
        created,
        suppressedNote);
  }

  private PdfReportWriter(
      OutputStream out,
      boolean drawing,
      String name,
      ReportFonts fonts,
      String title,
      String subject,
      LocalDate created,
      String suppressedNote)
      throws IOException {
    this.fonts = fonts;
    this.suppressedNote = suppressedNote;
    this.out = out;
    this.drawing = drawing;
    this.document = new Document(PageSize.A4, 56, 56, 56, 64);
    try {
      writer = PdfWriter.getInstance(document, out);
    } catch (DocumentException e) {
      throw new IOException("PDF kon niet aangemaakt worden: " + name, e);
    }
    // PDF/A-1b, for archives: fonts embedded (ReportFonts), colours in sRGB through the output
    // intent, no transparency (OpaqueGraphics2D), XMP that says so. From here on OpenPDF
    // refuses a font that is not embedded, a transparent graphics state or a soft-masked image.
    writer.setPDFXConformance(PdfWriter.PDFA1B);
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
    // The language a reader's screen reader and hyphenation use, and the same facts as XMP (from
    // the info dictionary, so after the dates) for archives and search.
    writer.getExtraCatalog().put(new PdfName("Lang"), new PdfString(LANGUAGE));
    writer.setXmpMetadata(xmpMetadata(writer));
    writer.setOutputIntents(
        SRGB, null, "http://www.color.org", SRGB, ICC_Profile.getInstance(ColorSpace.CS_sRGB));
    outlines.push(writer.getRootOutline());
  }

  /**
   * The XMP metadata of a PDF/A-1b document: the info dictionary's facts as OpenPDF writes them,
   * {@code pdfaid:part} 1 and {@code pdfaid:conformance} B, and the language as {@code
   * dc:language}.
   */
  private static byte[] xmpMetadata(PdfWriter writer) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    XmpWriter xmp = new XmpWriter(bytes, writer.getInfo(), PdfWriter.PDFA1B);
    xmp.addRdfDescription(
        "xmlns:dc=\"" + DublinCoreSchema.DEFAULT_XPATH_URI + "\"",
        "<dc:language><rdf:Bag><rdf:li>" + LANGUAGE + "</rdf:li></rdf:Bag></dc:language>");
    xmp.close();
    return bytes.toByteArray();
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

  /** Returns the points left on the current page under what is written so far. */
  @Override
  public float room() {
    return writer.getVerticalPosition(true) - document.bottom();
  }

  /**
   * Lays out the pages from the next new page on in landscape, or in portrait again: for a table
   * too wide for a portrait page.
   */
  public void landscape(boolean landscape) {
    // A landscape media box, not a rotated portrait page: text reads the same way in any viewer.
    document.setPageSize(
        landscape
            ? new com.lowagie.text.Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth())
            : PageSize.A4);
  }

  /** Starts a new page. */
  @Override
  public void newPage() throws DocumentException {
    flushHeadings(0);
    document.newPage();
  }

  /**
   * Writes a heading at a level (1 chapter, 2 section, 3 subsection) and a bookmark for it, on the
   * page of what follows it.
   */
  @Override
  public void heading(int level, String text) throws DocumentException {
    heading(level, text, KEEP_WITH_HEADING);
  }

  /** A heading waiting for what follows it, so that both go on one page. */
  private record Heading(int level, String text, float keepWithNext) {
    float size() {
      return level == 1 ? 18 : level == 2 ? 13 : 11;
    }

    /**
     * Returns the room the heading takes in a text width: its lines (measured in the bold font) at
     * a leading of 1.5 times its size, the spacing around it, and some slack for the line that
     * follows.
     */
    float height(com.lowagie.text.pdf.BaseFont bold, float width) {
      int lines = (int) Math.ceil(bold.getWidthPoint(text, size()) / width);
      return Math.max(1, lines) * 1.5f * size() + 16 + 12;
    }
  }

  private final List<Heading> pending = new java.util.ArrayList<>();

  // The page each heading text was first written on, for references such as "zie pagina 7".
  private final java.util.Map<String, Integer> headingPages = new java.util.LinkedHashMap<>();

  /** Returns the page (1-based) each heading written so far was first written on, by its text. */
  public java.util.Map<String, Integer> headingPages() {
    return java.util.Collections.unmodifiableMap(headingPages);
  }

  /**
   * Writes a heading and its bookmark; a chapter (level 1) starts a page. The heading is laid out
   * with what follows it: it starts a new page unless that fits under it, at least {@code
   * keepWithNext} points of it (the height of a chart, the first rows of a table or lines of text),
   * so that a heading never ends a page.
   */
  @Override
  public void heading(int level, String text, float keepWithNext) throws DocumentException {
    if (level == 1) {
      flushHeadings(0);
      document.newPage();
    }
    pending.add(new Heading(level, text, keepWithNext));
  }

  /**
   * Writes a chapter heading that follows on the current page when at least {@value #CONTINUE_FROM}
   * of the page is left, else on a new page: for appendices, so that the end of one does not leave
   * a page of two lines before the next.
   */
  public void chapterContinuing(String text, float keepWithNext) throws DocumentException {
    flushHeadings(0);
    float page = document.top() - document.bottom();
    if (writer.getVerticalPosition(true) - document.bottom() < CONTINUE_FROM * page) {
      document.newPage();
    } else {
      Paragraph space = new Paragraph(" ", fonts.font(10, Font.NORMAL, Color.BLACK));
      space.setSpacingBefore(8);
      document.add(space);
    }
    pending.add(new Heading(1, text, keepWithNext));
  }

  /** The share of a page that must be left for a chapter to follow on it. */
  private static final float CONTINUE_FROM = 0.3f;

  /** Writes the waiting headings, on a new page unless {@code following} points fit under them. */
  private void flushHeadings(float following) throws DocumentException {
    if (pending.isEmpty()) {
      return;
    }
    List<Heading> headings = List.copyOf(pending);
    pending.clear();
    float height = 0;
    float keep = following;
    for (Heading h : headings) {
      height += h.height(fonts.bold(), document.right() - document.left());
      keep = Math.max(keep, h.keepWithNext());
    }
    float page = document.top() - document.bottom();
    keepTogether(height + Math.min(keep, page - height - 20));
    for (Heading h : headings) {
      Paragraph p = new Paragraph(h.text(), fonts.font(h.size(), Font.BOLD, ACCENT));
      p.setSpacingBefore(h.level() == 1 ? 0 : 10);
      p.setSpacingAfter(6);
      p.setKeepTogether(true);
      document.add(p);
      headingPages.putIfAbsent(h.text(), writer.getPageNumber());
      while (outlines.size() > h.level()) {
        outlines.pop();
      }
      PdfDestination destination =
          new PdfDestination(PdfDestination.FITH, writer.getVerticalPosition(true) + h.size() + 10);
      PdfOutline outline = new PdfOutline(outlines.peek(), destination, h.text(), h.level() == 1);
      outlines.push(outline);
    }
  }

  /**
   * Starts a new page unless {@code height} points remain on this one (under any heading still to
   * be written): what comes next, a chart with its note, stays together.
   */
  @Override
  public void keepTogether(float height) throws DocumentException {
    if (!pending.isEmpty()) {
      flushHeadings(height);
    }
    if (writer.getVerticalPosition(true) - document.bottom() < height) {
      document.newPage();
    }
  }

  /**
   * Returns the points a heading at a level takes, with spacing, as {@link #heading} lays it out.
   */
  @Override
  public float headingHeight(int level, String text) {
    return new Heading(level, text, 0).height(fonts.bold(), document.right() - document.left());
  }

  /** Returns the points body text (or, {@code note}: a note) takes, with its spacing. */
  @Override
  public float textHeight(String text, boolean note) {
    float size = note ? 9 : 10;
    float leading = note ? 1.5f * size : 14;
    float width = document.right() - document.left();
    // Lines break between words, so a line holds a little less than the width: 5 % slack.
    int lines = (int) Math.ceil(fonts.regular().getWidthPoint(text, size) / (width * 0.95f));
    return Math.max(1, lines) * leading + 6;
  }

  /** Writes body text. */
  @Override
  public void text(String text) throws DocumentException {
    flushHeadings(0);
    Paragraph p = new Paragraph(text, fonts.font(10, Font.NORMAL, INK));
    p.setSpacingAfter(6);
    p.setLeading(14);
    document.add(p);
  }

  /** Writes a muted note (for explanations such as missing data). */
  @Override
  public void note(String text) throws DocumentException {
    flushHeadings(0);
    Paragraph p = new Paragraph(text, fonts.font(9, Font.ITALIC, MUTED));
    p.setSpacingAfter(6);
    document.add(p);
  }

  /** Writes large text, for cover pages. */
  public void big(String text, float size, int style, Color color, float spacingBefore)
      throws DocumentException {
    flushHeadings(0);
    Paragraph p = new Paragraph(text, fonts.font(size, style, color));
    p.setSpacingBefore(spacingBefore);
    p.setSpacingAfter(8);
    document.add(p);
  }

  /**
   * Writes a table with a header row; numeric columns (by index) are right-aligned. A cell that
   * reads {@link DutchFormat#SUPPRESSED} marks the page it is drawn on (a table may run over
   * several pages) for the explanation of {@code x}. The widths are proportions; a column gets at
   * least the width of its longest word (of its longest text, for a numeric column), measured in
   * the embedded font, and lines break only between words, so no word is split over two lines.
   */
  public void table(
      List<String> header, List<List<String>> rows, float[] widths, java.util.Set<Integer> numeric)
      throws DocumentException {
    table(header, rows, widths, numeric, null);
  }

  /**
   * Writes a table as {@link #table(List, List, float[], java.util.Set)} does, with a background
   * colour per cell ({@code fills}: per row, per cell a colour or null for none); text on a dark
   * fill is white.
   */
  public void table(
      List<String> header,
      List<List<String>> rows,
      float[] widths,
      java.util.Set<Integer> numeric,
      List<List<Color>> fills)
      throws DocumentException {
    table(header, rows, widths, numeric, fills, TABLE_SIZE, CELL_PADDING);
  }

  /**
   * Writes a table with a background colour per cell (or none); its caption is for the web, the
   * heading or text above it names it here.
   */
  @Override
  public void table(
      String caption,
      List<String> header,
      List<List<String>> rows,
      float[] widths,
      java.util.Set<Integer> numeric,
      List<List<Color>> fills)
      throws DocumentException {
    table(header, rows, widths, numeric, fills);
  }

  /**
   * Writes a table as {@link #table(List, List, float[], java.util.Set)} does, in type of at most
   * {@code size} points: for a table that must fit a page with a chart above it (a wijk profile).
   */
  public void compactTable(
      List<String> header,
      List<List<String>> rows,
      float[] widths,
      java.util.Set<Integer> numeric,
      float size)
      throws DocumentException {
    compactTable(header, rows, widths, numeric, null, size);
  }

  /** Writes a compact table as above, with a background colour per cell ({@code fills}). */
  public void compactTable(
      List<String> header,
      List<List<String>> rows,
      float[] widths,
      java.util.Set<Integer> numeric,
      List<List<Color>> fills,
      float size)
      throws DocumentException {
    table(header, rows, widths, numeric, fills, Math.max(TABLE_MIN_SIZE, size), 1.5f);
  }

  private void table(
      List<String> header,
      List<List<String>> rows,
      float[] widths,
      java.util.Set<Integer> numeric,
      List<List<Color>> fills,
      float largest,
      float padding)
      throws DocumentException {
    // A heading keeps the table's header and first rows on its page.
    flushHeadings(Math.min(rows.size(), 3) * 16 + 24);
    float width = document.right() - document.left();
    float size = largest;
    float[] minimum = minimumWidths(header, rows, numeric, size);
    while (ColumnWidths.sum(minimum) > width && size > TABLE_MIN_SIZE) {
      // Smaller type before broken words.
      size = Math.max(TABLE_MIN_SIZE, size - 0.25f);
      minimum = minimumWidths(header, rows, numeric, size);
    }
    PdfPTable table = new PdfPTable(ColumnWidths.fit(widths, minimum, width));
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    table.setSpacingBefore(4);
    table.setSpacingAfter(10);
    Font headerFont = fonts.font(size, Font.BOLD, INK);
    Font cellFont = fonts.font(size, Font.NORMAL, INK);
    Font lightFont = fonts.font(size, Font.NORMAL, Color.WHITE);
    for (int i = 0; i < header.size(); i++) {
      PdfPCell cell = new PdfPCell(wordsOnly(header.get(i), headerFont));
      cell.setBackgroundColor(HEADER_FILL);
      cell.setPadding(HEADER_PADDING);
      cell.setBorderColor(Color.LIGHT_GRAY);
      cell.setHorizontalAlignment(numeric.contains(i) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
      table.addCell(cell);
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      for (int i = 0; i < row.size(); i++) {
        Color fill = fills == null ? null : fills.get(r).get(i);
        PdfPCell cell =
            new PdfPCell(wordsOnly(row.get(i), fill != null && dark(fill) ? lightFont : cellFont));
        if (fill != null) {
          cell.setBackgroundColor(fill);
        }
        if (DutchFormat.SUPPRESSED.equals(row.get(i))) {
          cell.setCellEvent((drawn, position, canvases) -> suppressedOnPage = true);
        }
        cell.setPadding(padding);
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setHorizontalAlignment(numeric.contains(i) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        table.addCell(cell);
      }
    }
    document.add(table);
  }

  /**
   * Returns per column the narrowest width that breaks no word: its longest word (numeric columns:
   * its longest text) in the embedded font, plus padding and borders.
   */
  private float[] minimumWidths(
      List<String> header, List<List<String>> rows, java.util.Set<Integer> numeric, float size) {
    float[] minimum = new float[header.size()];
    for (int i = 0; i < header.size(); i++) {
      minimum[i] =
          ColumnWidths.widest(header.get(i), false, fonts.bold(), size) + 2 * HEADER_PADDING + 1.5f;
    }
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        minimum[i] =
            Math.max(
                minimum[i],
                ColumnWidths.widest(row.get(i), numeric.contains(i), fonts.regular(), size)
                    + 2 * CELL_PADDING
                    + 1.5f);
      }
    }
    return minimum;
  }

  /** Returns a phrase that breaks lines only at spaces, never inside a word or at its hyphen. */
  private static Phrase wordsOnly(String text, Font font) {
    Chunk chunk = new Chunk(text, font);
    chunk.setSplitCharacter(BETWEEN_WORDS);
    return new Phrase(chunk);
  }

  /** Splits lines at spaces only: {@code %-punt} and {@code 2019-2020} stay whole. */
  private static final SplitCharacter BETWEEN_WORDS =
      (start, current, end, chars, chunks) -> {
        int c =
            chunks == null
                ? chars[current]
                : chunks[Math.min(current, chunks.length - 1)].getUnicodeEquivalent(chars[current]);
        return c == ' ';
      };

  /** Returns whether white text reads better than dark text on a colour. */
  private static boolean dark(Color c) {
    return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 140;
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

  /**
   * Draws a figure as vector graphics, full text width, at a height in points; its tables are for
   * the web (the PDF's chapters write the tables they print themselves).
   */
  @Override
  public void chart(Figure figure, float height) throws DocumentException {
    draw(figure.painter(), height, figure.showsSuppressed());
  }

  /** Draws two figures side by side, each half the text width, at a height in points. */
  @Override
  public void chartsSideBySide(Figure left, Figure right, float height) throws DocumentException {
    draw(
        (g, area) -> {
          double gap = 14;
          double half = (area.getWidth() - gap) / 2;
          left.painter()
              .accept(g, new Rectangle2D.Double(area.getX(), area.getY(), half, area.getHeight()));
          right
              .painter()
              .accept(
                  g,
                  new Rectangle2D.Double(
                      area.getX() + half + gap, area.getY(), half, area.getHeight()));
        },
        height,
        left.showsSuppressed() || right.showsSuppressed());
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
    flushHeadings(height);
    float width = document.right() - document.left();
    PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
    if (drawing) {
      Graphics2D g = new OpaqueGraphics2D(template, width, height, fonts);
      try {
        painter.accept(g, new Rectangle2D.Double(0, 0, width, height));
      } finally {
        g.dispose();
      }
    }
    Image image = Image.getInstance(template);
    image.setSpacingAfter(8);
    document.add(image);
    // With strict image sequence an image that does not fit starts a new page before it is
    // placed, so once added it is on the current page.
    suppressedOnPage |= showsSuppressed;
  }

  /** Where a drawing beside a chapter heading starts, in points below the page's top edge. */
  private static final float BESIDE_HEADING_TOP = 12;

  /**
   * Draws with Java2D at the top right of the current page, in the margin above and beside its
   * chapter heading, outside the flow of text (what follows is laid out as without it): for a small
   * map that locates the chapter's subject. Writes any waiting heading first, so that the drawing
   * is on the heading's page; keep it under {@code 56 + 26} points high, above what follows the
   * heading.
   */
  public void drawBesideHeading(
      BiConsumer<Graphics2D, Rectangle2D> painter, float width, float height)
      throws DocumentException {
    flushHeadings(0);
    if (!drawing) {
      return;
    }
    PdfContentByte canvas = writer.getDirectContent();
    PdfTemplate template = canvas.createTemplate(width, height);
    Graphics2D g = template.createGraphics(width, height, fonts);
    try {
      painter.accept(g, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g.dispose();
    }
    float top = document.getPageSize().getHeight() - BESIDE_HEADING_TOP;
    canvas.addTemplate(template, document.right() - width, top - height);
  }

  /** Adds vertical space. */
  public void space(float points) throws DocumentException {
    flushHeadings(0);
    Paragraph p = new Paragraph(new Chunk(" ", fonts.font(1, Font.NORMAL, INK)));
    p.setSpacingAfter(points);
    document.add(p);
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      flushHeadings(0);
    } catch (DocumentException e) {
      throw new IOException("PDF kon niet afgesloten worden: " + e.getMessage(), e);
    }
    document.close();
    out.close();
  }
}
