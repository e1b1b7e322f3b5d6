package nl.leamonitor.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.leamonitor.reports.pdf.PdfReportWriter;
import nl.leamonitor.reports.pdf.ReportFonts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page layout of {@link PdfReportWriter}, read back from the PDF with PDFBox: table cells keep
 * their words whole, a heading moves to the page of what follows it, and the document says its
 * language and carries XMP metadata.
 */
class PdfLayoutTest {
  private static final ReportFonts FONTS = new ReportFonts();

  @TempDir Path temp;

  private PdfReportWriter writer(Path pdf) throws Exception {
    return new PdfReportWriter(
        pdf, FONTS, "Testrapport", "Opmaak", LocalDate.of(2025, 6, 30), "x = niet gepubliceerd");
  }

  /** The summary table's header and names that broke mid-word ("Gemeent|e", "%-|punt"). */
  private static final List<String> HEADER =
      List.of(
          "Indicator",
          "Schooljaar",
          "Gemeente",
          "95%-interval",
          "t.o.v. vorig jaar",
          "Trend",
          "Eenheid",
          "Status");

  private static final List<List<String>> ROWS =
      List.of(
          List.of(
              "Stadscentrum",
              "2024-2025",
              "71,3 %",
              "70,3 - 72,2 %",
              "+13,9 %-punt",
              "geen significante trend",
              "per 1000",
              "niet op koers"),
          List.of(
              "Buitengebied",
              "2023-2024",
              "4,8 per 1000",
              "3,8 - 6,0",
              "-0,3 %-punt",
              "\u2193 dalend (beter)",
              "%",
              "behaald"));

  @Test
  void tableCellsNeverSplitAWord() throws Exception {
    Path pdf = temp.resolve("tabel.pdf");
    try (PdfReportWriter w = writer(pdf)) {
      // Proportions that give the narrow columns far less than their longest word (8 of 100 of
      // 483 points is 39: "Gemeente" in bold 7.5 pt is 40 points wide, plus padding).
      w.table(HEADER, ROWS, new float[] {44, 8, 6, 6, 6, 8, 6, 16}, Set.of(2, 3, 4), (List) null);
    }
    PdfLines lines = new PdfLines(pdf);
    for (String header : HEADER) {
      for (String word : header.split(" ")) {
        assertTrue(lines.onOneLine(1, word), "header word split: " + word + " in " + text(lines));
      }
    }
    for (List<String> row : ROWS) {
      for (int i = 0; i < row.size(); i++) {
        // A number with its unit stays on one line; other cells break between words only.
        List<String> parts = Set.of(2, 3, 4).contains(i) ? List.of(row.get(i)) : words(row.get(i));
        for (String part : parts) {
          assertTrue(lines.onOneLine(1, part), "split: " + part + " in " + text(lines));
        }
      }
    }
  }

  @Test
  void aTableTooWideForItsWordsGetsSmallerTypeNotBrokenWords() throws Exception {
    // Appendix A of the sample: at 7.5 points its longest words need more than the page's 483.
    List<String> header =
        List.of(
            "Bestand",
            "Dataset",
            "Gelezen",
            "Geaccepteerd",
            "Duplicaten",
            "Afgekeurd",
            "Buiten gemeente",
            "Meest voorkomende redenen");
    List<List<String>> rows =
        List.of(
            List.of(
                "inschrijvingen_MBO_HBO_Eduarte.csv",
                "inschrijvingen",
                "18.055",
                "17.966",
                "30",
                "59",
                "666",
                "datum ongeldig (14), postcode ongeldig (13), aantal velden onjuist (8)"),
            List.of(
                "inschrijvingen_vve_kinderopvang.csv",
                "inschrijvingen",
                "5.509",
                "5.482",
                "11",
                "16",
                "0",
                "verplicht veld leeg (37)"));
    Path pdf = temp.resolve("breed.pdf");
    try (PdfReportWriter w = writer(pdf)) {
      w.table(header, rows, new float[] {25, 12, 9, 9, 7, 7, 8, 23}, Set.of(2, 3, 4, 5, 6));
    }
    PdfLines lines = new PdfLines(pdf);
    for (List<String> row :
        java.util.stream.Stream.concat(Stream.of(header), rows.stream()).toList()) {
      for (String cell : row) {
        for (String word : words(cell)) {
          assertTrue(lines.onOneLine(1, word), "split: " + word + " in " + text(lines));
        }
      }
    }
    float size = lines.page(1).get(1).fontSize();
    assertTrue(size < 7.5f && size >= 6f, "type size " + size);
  }

  @Test
  void aHeadingGoesToThePageOfTheChartThatFollowsIt() throws Exception {
    Path pdf = temp.resolve("kop.pdf");
    try (PdfReportWriter w = writer(pdf)) {
      // Fill the page until between 170 and 250 points are left: room for a heading, not for the
      // heading and a chart of 300 points.
      int line = 0;
      while (w.room() > 250) {
        w.text("Regel " + (++line) + " van de tekst die de pagina vult.");
      }
      assertTrue(w.room() > 170, "room left: " + w.room());
      w.heading(2, "Rangorde van de wijken");
      w.draw(PdfLayoutTest::chartWithCaption, 300);
    }
    PdfLines lines = new PdfLines(pdf);
    assertEquals(2, lines.pageCount());
    List<PdfLines.Line> first = lines.body(1);
    assertFalse(
        first.get(first.size() - 1).text().contains("Rangorde"),
        "the heading ends page 1: " + first.get(first.size() - 1));
    assertEquals("Rangorde van de wijken", lines.body(2).get(0).text());
  }

  /**
   * An appendix follows the end of the one before on its page when a third of the page or more is
   * left (the sample's appendices B and C ended on pages of 2 and 3 lines), and starts a page when
   * less is left.
   */
  @Test
  void anAppendixFollowsOnThePageWhenThereIsRoomElseStartsOne() throws Exception {
    Path pdf = temp.resolve("bijlagen.pdf");
    try (PdfReportWriter w = writer(pdf)) {
      w.heading(1, "Bijlage B: Definities");
      w.text("Twee regels die van de vorige bijlage over zijn.");
      w.text("Nog een regel.");
      w.chapterContinuing("Bijlage C: Bescherming", 160);
      w.text("Tekst van bijlage C.");
      int line = 0;
      while (w.room() > 150) {
        w.text("Regel " + (++line) + " van bijlage C die de pagina vult.");
      }
      w.chapterContinuing("Bijlage D: Verantwoording", 160);
      w.text("Tekst van bijlage D.");
    }
    PdfLines lines = new PdfLines(pdf);
    assertEquals(2, lines.pageCount());
    List<String> first = lines.body(1).stream().map(PdfLines.Line::text).toList();
    assertEquals("Bijlage B: Definities", first.get(0));
    assertTrue(first.contains("Bijlage C: Bescherming"), first.toString());
    assertEquals("Bijlage D: Verantwoording", lines.body(2).get(0).text());
  }

  @Test
  void aHeadingOfTwoLinesStaysWithItsChartWhateverRoomIsLeft() throws Exception {
    // Found in the sample's wijkvergelijking: a heading that wraps, then a chart of 300 points,
    // with just about room for both; tried at every 3 points of room left.
    for (int fill = 280; fill <= 420; fill += 3) {
      for (String title :
          List.of(
              "Vertraging van 3 maanden of meer: rekenen (2024-2025)",
              "Vertraging van 3 maanden of meer: begrijpend lezen, per wijk van hoog naar laag"
                  + " (2024-2025)")) {
        headingWithChart(fill, title);
      }
    }
  }

  private void headingWithChart(int fill, String title) throws Exception {
    {
      Path pdf = temp.resolve("kop-" + fill + "-" + title.length() + ".pdf");
      try (PdfReportWriter w = writer(pdf)) {
        w.text("Begin.");
        w.space(w.room() - fill);
        w.heading(2, title, 300);
        w.draw(PdfLayoutTest::chartWithCaption, 300);
      }
      PdfLines lines = new PdfLines(pdf);
      assertNoHeadingEndsAPage(lines);
      int page = lines.pageCount();
      assertTrue(
          lines.body(page).stream().anyMatch(l -> l.text().startsWith("Vertraging")),
          "room " + fill + ": the heading is on the chart's page");
    }
  }

  @Test
  void noHeadingIsTheLastLineOfAPageWhateverFollowsIt() throws Exception {
    Path pdf = temp.resolve("koppen.pdf");
    try (PdfReportWriter w = writer(pdf)) {
      w.heading(1, "Hoofdstuk");
      for (int block = 0; block < 12; block++) {
        w.heading(2, "Paragraaf " + (block + 1));
        w.text("Een alinea onder de kop.");
        w.heading(3, "Tabel " + (block + 1));
        w.table(
            List.of("Wijk", "Waarde"),
            List.of(List.of("Stadshart", "1"), List.of("Dorp", "2")),
            new float[] {1, 1},
            Set.of(1));
        w.heading(2, "Grafiek " + (block + 1));
        w.draw(PdfLayoutTest::chartWithCaption, 120 + 20 * block);
      }
    }
    PdfLines lines = new PdfLines(pdf);
    assertTrue(lines.pageCount() > 3, "pages: " + lines.pageCount());
    assertNoHeadingEndsAPage(lines);
  }

  /** Asserts that the last body line of every page is not (the end of) a heading. */
  static void assertNoHeadingEndsAPage(PdfLines lines) {
    Set<String> headings =
        lines.headings().stream()
            .map(h -> h.replace(" ", ""))
            .collect(java.util.stream.Collectors.toSet());
    assertFalse(headings.isEmpty(), "no bookmarks");
    for (int p = 1; p <= lines.pageCount(); p++) {
      List<PdfLines.Line> body = lines.body(p);
      if (body.isEmpty()) {
        continue;
      }
      PdfLines.Line last = body.get(body.size() - 1);
      // Headings of level 1 and 2 are the only text of 13 points or more below a cover's title.
      boolean large = last.fontSize() >= 12.5f && p > 1;
      assertFalse(
          large || headings.contains(last.joined()), "page " + p + " ends with a heading: " + last);
    }
  }

  @Test
  void theDocumentSaysItsLanguageAndHasXmpMetadata() throws Exception {
    Path pdf = temp.resolve("taal.pdf");
    try (PdfReportWriter w = writer(pdf)) {
      w.text("Tekst.");
    }
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertEquals("nl-NL", doc.getDocumentCatalog().getLanguage());
      assertNotNull(doc.getDocumentCatalog().getMetadata(), "XMP metadata");
      String xmp =
          new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertTrue(xmp.contains("<x:xmpmeta"), xmp);
      assertTrue(xmp.contains("Testrapport"), "the title in the XMP: " + xmp);
      assertTrue(xmp.contains("2025-06-30"), "the rapportagedatum as creation date: " + xmp);
    }
  }

  @Test
  void textOnADarkFillIsWhite() throws Exception {
    // A coloured table is laid out like any other: the same words whole, on one line.
    Path pdf = temp.resolve("kleur.pdf");
    try (PdfReportWriter w = writer(pdf)) {
      w.table(
          List.of("Wijk", "1"),
          List.of(List.of("Buitengebied", "12,5")),
          new float[] {1, 1},
          Set.of(1),
          List.of(java.util.Arrays.asList(null, new Color(0x00, 0x72, 0xB2))));
    }
    PdfLines lines = new PdfLines(pdf);
    assertTrue(lines.onOneLine(1, "Buitengebied 12,5"), text(lines));
  }

  /**
   * The layout that rapport.pdf makes first, to learn the pages "Wat valt op" points to, finds the
   * pages the report then has, without drawing a chart or writing a file: the same content gives
   * headings on pages 1, 2 (after a chart of 600 points that does not fit under page 1's text) and
   * 3 (chapters start a page), and the painters run only for the report.
   */
  @Test
  void aLayoutFindsTheReportsPagesWithoutDrawingOrWriting() throws Exception {
    Path pdf = temp.resolve("rapport.pdf");
    int[] drawn = new int[1];
    java.util.function.BiConsumer<java.awt.Graphics2D, java.awt.geom.Rectangle2D> painter =
        (g, area) -> {
          drawn[0]++;
          chartWithCaption(g, area);
        };
    java.util.Map<String, Integer> layoutPages;
    try (PdfReportWriter w =
        PdfReportWriter.layout(
            FONTS, "Testrapport", "Opmaak", LocalDate.of(2025, 6, 30), "x = niet gepubliceerd")) {
      content(w, painter);
      w.close();
      layoutPages = w.headingPages();
    }
    assertEquals(0, drawn[0]);
    try (Stream<Path> files = java.nio.file.Files.list(temp)) {
      assertEquals(List.of(), files.toList());
    }
    java.util.Map<String, Integer> reportPages;
    try (PdfReportWriter w = writer(pdf)) {
      content(w, painter);
      w.close();
      reportPages = w.headingPages();
    }
    assertEquals(3, drawn[0]);
    java.util.Map<String, Integer> expected = new java.util.LinkedHashMap<>();
    expected.put("Inleiding", 1);
    expected.put("Trend", 2);
    expected.put("Bijlage", 3);
    assertEquals(expected, layoutPages);
    assertEquals(expected, reportPages);
    PdfLines lines = new PdfLines(pdf);
    assertEquals(3, lines.pageCount());
    assertEquals("Trend", lines.body(2).get(0).text());
    assertEquals("Bijlage", lines.body(3).get(0).text());
  }

  private static void content(
      PdfReportWriter w,
      java.util.function.BiConsumer<java.awt.Graphics2D, java.awt.geom.Rectangle2D> painter)
      throws Exception {
    w.heading(1, "Inleiding");
    w.drawBesideHeading(painter, 60, 60);
    for (int line = 1; line <= 20; line++) {
      w.text("Regel " + line + " van de inleiding.");
    }
    w.heading(2, "Trend");
    w.draw(painter, 600);
    w.heading(1, "Bijlage");
    w.draw(painter, 100);
  }

  /** Paints a chart's stand-in: a grey area with a caption in its last line, as a chart has. */
  private static void chartWithCaption(java.awt.Graphics2D g, java.awt.geom.Rectangle2D area) {
    g.setPaint(Color.LIGHT_GRAY);
    g.fill(
        new java.awt.geom.Rectangle2D.Double(
            area.getX(), area.getY(), area.getWidth(), area.getHeight() - 12));
    g.setPaint(Color.DARK_GRAY);
    g.setFont(ReportFonts.awt(java.awt.Font.PLAIN, 7));
    g.drawString("onderschrift", (float) area.getX(), (float) area.getMaxY() - 2);
  }

  private static List<String> words(String text) {
    return List.of(text.split(" "));
  }

  private static String text(PdfLines lines) {
    return lines.page(1).stream().map(PdfLines.Line::text).toList().toString();
  }
}
