package nl.leamonitor.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.leamonitor.analytics.forecast.Backtest;
import nl.leamonitor.analytics.forecast.Explanation;
import nl.leamonitor.analytics.forecast.ForecastRow;
import nl.leamonitor.analytics.forecast.GebiedType;
import nl.leamonitor.analytics.forecast.PupilForecast;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.codes.Sector;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.pdf.ReportFonts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chapter "Teststad 2040" (issue 16) on what a reader sees: the table of expected pupils with x
 * for a suppressed wijk and whole, Dutch-formatted figures; the school wijk's shortage and room in
 * words; the backtest in plain Dutch rounded to tens; and, without a forecast, why.
 *
 * <p>The fixture, by hand: Noordwijk's forecast is VVE 60, PO 400 + 5 x (year - 2024), VO 1234 in
 * every year 2024-2040, so PO is 430 in 2030, 455 in 2035, 480 in 2040. Westhove rests on fewer
 * than k pupils: every row suppressed. The gemeente: VVE 63, PO Noordwijk + 3, VO 1237. School wijk
 * Noordwijk (PO) has 440 places: PO - 440 is -10 in 2030 (ruimte 10), +15 in 2035, +40 in 2040;
 * above 440 from 2033 (445) on, so "vanaf 2033-2034", at most 40 short (in text: ongeveer 40). The
 * backtest of 2023-2024: PO voorspeld 1243, geteld 1218, verschil 25 (2,1 %), in text ongeveer
 * 1.240, 1.220 and 30 (25 rounds half up to 30); its largest wijk Noordwijk 14 too many (2,8 %):
 * ongeveer 10. VVE's backtest rests on fewer than k pupils; VO's count is not published.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForecastChapterTest {
  private static final int K = 5;

  @TempDir static Path temp;

  private PdfLines with;
  private String withText;
  private PdfLines without;
  private String withoutText;

  @BeforeAll
  void render() throws Exception {
    ReportFonts fonts = new ReportFonts();
    new EvaluationReport(input().withForecast(forecast())).write(temp.resolve("met.pdf"), fonts);
    new EvaluationReport(
            input()
                .withForecast(
                    PupilForecast.absent(
                        new Explanation(
                            "Geen leerlingenprognose (P01): referentie/bevolkingsprognose.csv is"
                                + " niet aangeleverd.",
                            "Er is geen leerlingenprognose: de bevolkingsprognose van de gemeente"
                                + " (per wijk, jaar en leeftijd) is niet aangeleverd."))))
        .write(temp.resolve("zonder.pdf"), fonts);
    with = new PdfLines(temp.resolve("met.pdf"));
    without = new PdfLines(temp.resolve("zonder.pdf"));
    withText = chapterText(temp.resolve("met.pdf"), with);
    withoutText = chapterText(temp.resolve("zonder.pdf"), without);
  }

  @Test
  void theTableShowsXForASuppressedWijkAndWholeFigures() {
    int page = pageWith(with, "Verwachte leerlingen per wijk");
    List<String> lines = with.page(page).stream().map(PdfLines.Line::text).toList();
    assertTrue(
        lines.contains("Noordwijk 60 60 60 430 455 480 1.234 1.234 1.234"), lines.toString());
    assertTrue(lines.contains("Westhove x x x x x x x x x"), lines.toString());
    assertTrue(
        lines.contains("Teststad (gemeente) x x x 433 458 483 1.237 1.237 1.237"),
        lines.toString());
    assertTrue(
        lines.contains(
            "x = niet gepubliceerd: te weinig kinderen, of af te leiden uit andere cijfers (zie"
                + " bijlage C, Bescherming van kleine aantallen)."),
        "the page with an x explains it: " + lines);
  }

  /**
   * Finding 1-3 of the review: one PO school wijk, so no Sector column and one sentence that only
   * PO was delivered; bezetting 400/440 = 91 %, 430/440 = 98 %, 455/440 = 103 %, 480/440 = 109 %;
   * the first forecast year (2024) in the table; short from 2033-2034 (445 > 440) to the end, at
   * most 40 in 2040-2041; never more than 20 % empty (40 of 440 is 9 %).
   */
  @Test
  void theSchoolWijkShowsBezettingShortageAndRoomFromTheFirstYear() {
    int page = pageWith(with, "Schoolgebouwen: plaatsen en verwachte leerlingen");
    List<String> lines = with.page(page).stream().map(PdfLines.Line::text).toList();
    assertTrue(
        lines.contains(
            "Noordwijk 440 91 % ruimte 40 98 % ruimte 10 103 % tekort 15 109 % tekort 40"
                + " 2033-2034"),
        lines.toString());
    assertFalse(lines.stream().anyMatch(l -> l.startsWith("Schoolwijk Sector")), lines.toString());
    assertContains(
        withText,
        "De plaatsen zijn alleen aangeleverd voor het basisonderwijs (PO); voor de VVE en het VO is"
            + " er niets om mee te vergelijken.");
    assertContains(
        withText, "2024 is het komende schooljaar, 2024-2025, het eerste jaar van de prognose.");
    assertContains(
        withText,
        "Een tekort aan plaatsen wordt verwacht in: \u2022 Noordwijk: vanaf 2033-2034 tot het einde"
            + " van de prognose (2040-2041), op zijn grootst ongeveer 40 plaatsen (in 2040-2041).");
    assertContains(
        withText,
        "Veel ruimte, meer dan 20 % van de plaatsen leeg, wordt in geen schoolwijk verwacht.");
  }

  /** A shortage from the first year that ends, and room: the lines the review asked for. */
  @Test
  void aShortageFromTheComingYearSaysSoAndRoomIsNamed() {
    List<ForecastRow> rows = new ArrayList<>();
    // Oudwijk: 110 pupils in 2024 against 100 places, 5 fewer a year: short 2024-2025 to
    // 2025-2026 (105), level in 2026 (100, no shortage); in 2040 30 pupils: 70 % empty.
    for (int year = 2024; year <= 2040; year++) {
      long n = Math.max(30, 110 - 5L * (year - 2024));
      rows.add(
          row(new Schooljaar(year), GebiedType.SCHOOLWIJK, "WK1", "Oudwijk", Sector.PO, n, 100L));
    }
    SchoolPlaces places =
        new SchoolPlaces(
            new PupilForecast(
                Optional.empty(), List.of(), rows, List.of(), Optional.empty(), Optional.empty()));
    SchoolPlaces.Shortage shortage = places.shortages().get(0);
    assertEquals(
        "al vanaf 2024-2025 (het komende schooljaar) tot en met 2025-2026", shortage.when());
    assertEquals("ongeveer 10 plaatsen", shortage.size());
    assertEquals(
        "\u2022 Oudwijk: al vanaf 2024-2025 (het komende schooljaar) tot en met 2025-2026, op zijn"
            + " grootst ongeveer 10 plaatsen (in 2024-2025); daarna is er ruimte.",
        shortage.finding(false));
    assertEquals("\u2022 Oudwijk (PO): al vanaf", shortage.finding(true).substring(0, 24));
    assertTrue(places.wijken().get(0).muchRoom(new Schooljaar(2040)));
    assertFalse(places.wijken().get(0).muchRoom(new Schooljaar(2024)));
    assertEquals(
        Optional.of(
            "Volgens de leerlingenprognose zijn er te weinig plaatsen in de schoolgebouwen van het"
                + " PO in Oudwijk al vanaf 2024-2025 tot en met 2025-2026, op zijn grootst"
                + " ongeveer 10 plaatsen"),
        places.keyPoint());
  }

  @Test
  void theBacktestIsPlainDutchInTensAndSaysWhatItMeans() {
    assertContains(
        withText,
        "Het basisonderwijs (PO): voorspeld ongeveer 1.240 leerlingen, geteld ongeveer 1.220:"
            + " ongeveer 30 leerlingen te veel (ongeveer 2 %). De grootste afwijking in een wijk:"
            + " Noordwijk, ongeveer 10 leerlingen te veel (ongeveer 3 %).");
    assertContains(
        withText,
        "De voorschoolse educatie (VVE): de toetsing is voor de hele gemeente niet te tonen (te"
            + " weinig kinderen, of af te leiden uit andere cijfers).");
    assertContains(
        withText,
        "Het voortgezet onderwijs (VO): voorspeld ongeveer 2.470 leerlingen; het getelde aantal is"
            + " niet gepubliceerd, dus niet te vergelijken.");
    // 2,1 % too many: 483 / 1,021 = 473, about 470.
    assertContains(
        withText,
        "Het PO is in de toets ongeveer 2 % te hoog voorspeld. Houdt dat aan, dan valt ook de"
            + " prognose van het PO in dit hoofdstuk zoveel te hoog uit: in 2040-2041 eerder"
            + " ongeveer 470 dan ongeveer 480 leerlingen.");
    assertContains(
        withText,
        "Let op: in Noordwijk zat de toets voor de VVE er ongeveer 20 % naast (ongeveer 10"
            + " leerlingen te weinig). Dat is meer dan de afwijking van een paar procent die gewoon"
            + " is;");
    assertFalse(withText.contains("Een afwijking van een paar procent in één jaar is gewoon"));
    assertContains(
        withText, "Een leerlingenprognose is zo goed als de bevolkingsprognose waarop ze rust.");
  }

  /** Finding 7: the intro's span, its key message and plain summary, and the hidden VVE. */
  @Test
  void theIntroSaysTheSpanTheKeyMessageAndWhyTheGemeentesVveIsMissing() {
    assertContains(withText, "de komende zestien jaar, tot en met 2040-2041");
    assertFalse(withText.contains("twintig jaar"), withText);
    assertContains(
        withText,
        "In het kort: het aantal leerlingen in het basisonderwijs stijgt naar verwachting van"
            + " ongeveer 400 in 2024-2025 tot ongeveer 480 in 2040-2041. Per wijk groeit het"
            + " aantal basisschoolleerlingen van 2024-2025 tot 2040-2041 met meer dan 10 % in"
            + " Noordwijk.");
    assertContains(
        withText,
        "In 2040-2041 gaan naar verwachting ongeveer 480 kinderen naar het basisonderwijs (nu, in"
            + " 2023-2024, ongeveer 430) en ongeveer 1.240 naar het voortgezet onderwijs.");
    assertContains(
        withText,
        "Voor de voorschoolse educatie (VVE) staat er geen verwachting voor de hele gemeente, en"
            + " niet voor Westhove: hun aantallen van de basisjaren zijn niet alle gepubliceerd (te"
            + " weinig kinderen, of af te leiden uit andere cijfers; zie bijlage C van het"
            + " rapport), en het totaal van de gemeente, min de andere wijken, zou ze verraden.");
    assertContains(
        withText,
        "Het VO is in 1 van de 1 wijken in 2030 en 2035 gelijk. Dat volgt uit de"
            + " bevolkingsprognose:");
  }

  /** Finding 9: no file names or codes in what the reader reads. */
  @Test
  void theChapterNamesNoFilesOrCodes() {
    for (String text : List.of(withText, withoutText)) {
      assertFalse(text.contains(".csv"), text);
      assertFalse(text.contains("P01"), text);
    }
  }

  /** Finding 8: ambitie 1 and the summary point to the chapter's page; appendix B defines it. */
  @Test
  void theReportPointsToTheChapterAndDefinesTheForecast() throws Exception {
    int page = pageWith(with, "Schoolgebouwen: plaatsen en verwachte leerlingen");
    String all = allText(temp.resolve("met.pdf"));
    String pointer =
        "Volgens de leerlingenprognose zijn er te weinig plaatsen in de schoolgebouwen van het PO"
            + " in Noordwijk vanaf 2033-2034, op zijn grootst ongeveer 40 plaatsen (zie Teststad"
            + " 2040, pagina "
            + page
            + ").";
    String flat = all.replaceAll("\\s+", "");
    assertEquals(
        2,
        flat.split(java.util.regex.Pattern.quote(pointer.replaceAll("\\s+", "")), -1).length - 1,
        "summary and ambitie 1: " + all);
    assertContains(
        all, "P01 Leerlingenprognose Verwachte leerlingen per wijk, sector en schooljaar");
  }

  private static String allText(Path file) throws Exception {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void withoutAForecastTheChapterSaysWhy() {
    assertTrue(without.headings().contains("Teststad 2040"), without.headings().toString());
    assertContains(
        withoutText,
        "Er is geen leerlingenprognose: de bevolkingsprognose van de gemeente (per wijk, jaar en"
            + " leeftijd) is niet aangeleverd.");
    assertFalse(without.headings().contains("Verwachte leerlingen per wijk"));
    assertTrue(with.headings().contains("Verwachte leerlingen per wijk"));
  }

  @Test
  void runningTextRoundsToTens() {
    assertEquals("ongeveer 1.240", DutchFormat.about(1243));
    assertEquals("ongeveer 30", DutchFormat.about(25));
    assertEquals("ongeveer 10", DutchFormat.about(5));
    assertEquals("minder dan 10", DutchFormat.about(4));
    assertEquals("ongeveer -1.250", DutchFormat.about(-1245));
  }

  private static void assertContains(String text, String expected) {
    String joined = text.replaceAll("\\s+", "");
    assertTrue(joined.contains(expected.replaceAll("\\s+", "")), expected + "\nin:\n" + text);
  }

  /** Returns the page (1-based) holding a heading as one of its lines. */
  private static int pageWith(PdfLines pdf, String heading) {
    for (int p = 1; p <= pdf.pageCount(); p++) {
      if (pdf.page(p).stream().anyMatch(l -> l.text().equals(heading))) {
        return p;
      }
    }
    throw new AssertionError("no page with " + heading);
  }

  /** Returns the text of the chapter's pages: from its heading to the first appendix. */
  private static String chapterText(Path file, PdfLines lines) throws Exception {
    int from = pageWith(lines, "Teststad 2040");
    int to = lines.pageStartingWith("Bijlage A") - 1;
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(from);
      stripper.setEndPage(to);
      return stripper.getText(doc);
    }
  }

  /**
   * The chapter on the web page {@code prognose.html}, from the same code: the table with x for
   * Westhove and for the gemeente's VVE; the gemeente's chart an SVG with the table of its lines
   * (2023-2024: PO 430 counted, VVE and VO without a count; 2030-2031: VVE x, PO 433, VO 1.237
   * expected); per wijk a table, Westhove's x in every cell it has, also its counted PO (suppressed
   * in I01) and nowhere a figure of it.
   */
  @Test
  void theWebPageShowsTheChapterWithItsChartsTablesAndX() throws Exception {
    Path web = temp.resolve("web");
    new nl.leamonitor.reports.web.WebPublication(
            input().withForecast(forecast()), nl.leamonitor.ingest.geo.WijkBoundaries.NONE)
        .write(web);
    String html = java.nio.file.Files.readString(web.resolve("prognose.html"));
    String n = "<td class=\"getal\">";
    assertTrue(html.contains("<h1>Teststad 2040</h1>"), html);
    assertTrue(
        html.contains("<tr><th scope=\"row\">Westhove</th>" + (n + "x</td>").repeat(9) + "</tr>"));
    assertTrue(
        html.contains(
            "<tr><th scope=\"row\">Teststad (gemeente)</th>"
                + (n + "x</td>").repeat(3)
                + n
                + "433</td>"
                + n
                + "458</td>"
                + n
                + "483</td>"
                + (n + "1.237</td>").repeat(3)
                + "</tr>"));
    assertTrue(
        html.contains(
            "aria-labelledby=\"grafiek1-titel grafiek1-uitleg\"><title id=\"grafiek1-titel\">"
                + "Leerlingen per sector, Teststad: geteld en verwacht</title><desc"
                + " id=\"grafiek1-uitleg\">Lijngrafiek: per sector een lijn van het aantal"
                + " leerlingen per schooljaar (VVE blauw, PO oranje en VO groen), doorgetrokken"
                + " waar geteld, gestreept waar verwacht (de prognose, op een grijze achtergrond)."
                + " De cijfers staan in de tabel onder de grafiek.</desc>"));
    assertTrue(
        html.contains(
            "<tr><th scope=\"row\">2023-2024</th>"
                + n
                + "-</td>"
                + n
                + "</td>"
                + n
                + "430</td>"
                + n
                + "</td>"
                + n
                + "-</td>"
                + n
                + "</td></tr>"));
    assertTrue(
        html.contains(
            "<tr><th scope=\"row\">2030-2031</th>"
                + n
                + "</td>"
                + n
                + "x</td>"
                + n
                + "</td>"
                + n
                + "433</td>"
                + n
                + "</td>"
                + n
                + "1.237</td></tr>"));
    // The key has no figures; the small charts a table per wijk, each folded.
    assertTrue(html.contains("<title id=\"grafiek2-titel\">Legenda bij de grafieken per wijk"));
    assertTrue(
        html.contains(
            "<details><summary>Leerlingen in Westhove per sector: geteld en verwacht</summary>"));
    int westhove = html.indexOf("<caption>Leerlingen in Westhove per sector");
    String table = html.substring(westhove, html.indexOf("</table>", westhove));
    assertTrue(
        table.contains(
            "<tr><th scope=\"row\">2022-2023</th>"
                + n
                + "-</td>"
                + n
                + "</td>"
                + n
                + "x</td>"
                + n
                + "</td>"
                + n
                + "-</td>"
                + n
                + "</td></tr>"),
        table);
    assertTrue(
        table.contains(
            "<tr><th scope=\"row\">2030-2031</th>"
                + n
                + "</td>"
                + n
                + "x</td>"
                + n
                + "</td>"
                + n
                + "x</td>"
                + n
                + "</td>"
                + n
                + "x</td></tr>"),
        table);
    assertFalse(table.matches("(?s).*[0-9]</td>.*"), table);
    int noordwijk = html.indexOf("<caption>Leerlingen in Noordwijk per sector");
    assertTrue(
        html.substring(noordwijk, html.indexOf("</table>", noordwijk))
            .contains(
                "<tr><th scope=\"row\">2030-2031</th>"
                    + n
                    + "</td>"
                    + n
                    + "60</td>"
                    + n
                    + "</td>"
                    + n
                    + "430</td>"
                    + n
                    + "</td>"
                    + n
                    + "1.234</td></tr>"));
    assertTrue(
        html.contains(
            "<p class=\"klein\">x = niet gepubliceerd: te weinig kinderen, of af te leiden uit"
                + " andere cijfers."));
  }

  private static ReportInput input() {
    List<IndicatorRow> rows = new ArrayList<>();
    for (int year = 2022; year <= 2023; year++) {
      rows.add(i01(year, "GM0001", "Teststad", "PO", 420L + 10 * (year - 2022)));
      rows.add(i01(year, "WK000001", "Noordwijk", "PO", 400L));
      rows.add(i01(year, "WK000002", "Westhove", "PO", null));
    }
    return new ReportInput(
        "Teststad",
        new Periode(2025, Periode.Half.VOORJAAR),
        LocalDate.of(2025, 6, 30),
        K,
        rows,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        "test",
        List.of());
  }

  private static IndicatorRow i01(int year, String code, String naam, String sector, Long n) {
    return new IndicatorRow(
        "I01_leerlingen",
        new Schooljaar(year),
        code.startsWith("GM") ? IndicatorRow.GEMEENTE : IndicatorRow.WIJK,
        code,
        naam,
        "sector",
        sector,
        n,
        null,
        n == null ? null : n.doubleValue(),
        null,
        null,
        null,
        null,
        null,
        n == null,
        false);
  }

  static PupilForecast forecast() {
    List<ForecastRow> rows = new ArrayList<>();
    for (int year = 2024; year <= 2040; year++) {
      Schooljaar sj = new Schooljaar(year);
      long po = 400 + 5L * (year - 2024);
      // The gemeente's VVE is suppressed: Westhove's is (the privacy review of P01).
      rows.add(row(sj, GebiedType.GEMEENTE, "GM0001", "Teststad", Sector.VVE, null, null));
      rows.add(row(sj, GebiedType.GEMEENTE, "GM0001", "Teststad", Sector.PO, po + 3, null));
      rows.add(row(sj, GebiedType.GEMEENTE, "GM0001", "Teststad", Sector.VO, 1237L, null));
      rows.add(row(sj, GebiedType.SCHOOLWIJK, "WK000001", "Noordwijk", Sector.PO, po, 440L));
      rows.add(row(sj, GebiedType.WIJK, "WK000001", "Noordwijk", Sector.VVE, 60L, null));
      rows.add(row(sj, GebiedType.WIJK, "WK000001", "Noordwijk", Sector.PO, po, null));
      rows.add(row(sj, GebiedType.WIJK, "WK000001", "Noordwijk", Sector.VO, 1234L, null));
      for (Sector sector : List.of(Sector.VVE, Sector.PO, Sector.VO)) {
        rows.add(row(sj, GebiedType.WIJK, "WK000002", "Westhove", sector, null, null));
      }
    }
    Backtest backtest =
        new Backtest(
            new Schooljaar(2023),
            List.of(new Schooljaar(2022)),
            List.of(
                new Backtest.SectorError(
                    Sector.VVE,
                    null,
                    31L,
                    null,
                    null,
                    Optional.of(
                        new Backtest.WijkError("WK000001", "Noordwijk", 40, 50, -10, -20.0))),
                new Backtest.SectorError(
                    Sector.PO,
                    1243L,
                    1218L,
                    25L,
                    2.1,
                    Optional.of(
                        new Backtest.WijkError("WK000001", "Noordwijk", 512, 498, 14, 2.8))),
                new Backtest.SectorError(Sector.VO, 2467L, null, null, null, Optional.empty())));
    return new PupilForecast(
        Optional.empty(),
        List.of(new Schooljaar(2022), new Schooljaar(2023)),
        rows,
        List.of(),
        Optional.of(backtest),
        Optional.empty());
  }

  private static ForecastRow row(
      Schooljaar sj,
      GebiedType type,
      String code,
      String naam,
      Sector sector,
      Long leerlingen,
      Long capaciteit) {
    Long tekort = leerlingen == null || capaciteit == null ? null : leerlingen - capaciteit;
    return new ForecastRow(
        sj, type, code, naam, sector, leerlingen, leerlingen == null, capaciteit, tekort);
  }
}
