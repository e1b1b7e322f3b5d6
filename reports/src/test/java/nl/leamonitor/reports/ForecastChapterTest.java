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
                        "Geen leerlingenprognose (P01): referentie/bevolkingsprognose.csv is niet"
                            + " aangeleverd.")))
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
        lines.contains("Teststad (gemeente) 63 63 63 433 458 483 1.237 1.237 1.237"),
        lines.toString());
    assertTrue(
        lines.contains(
            "x = niet gepubliceerd: te weinig kinderen, of af te leiden uit andere cijfers (zie"
                + " bijlage C, Bescherming van kleine aantallen)."),
        "the page with an x explains it: " + lines);
  }

  @Test
  void theSchoolWijkShowsShortageAndRoomInWords() {
    int page = pageWith(with, "Schoolgebouwen: plaatsen en verwachte leerlingen");
    List<String> lines = with.page(page).stream().map(PdfLines.Line::text).toList();
    assertTrue(
        lines.contains("Noordwijk PO 440 430 ruimte 10 455 tekort 15 480 tekort 40"),
        lines.toString());
    assertContains(
        withText,
        "Een tekort aan plaatsen wordt verwacht in Noordwijk (PO) vanaf 2033-2034 (op zijn grootst"
            + " ongeveer 40 plaatsen). In de andere schoolwijken is er naar verwachting elk jaar"
            + " ruimte.");
  }

  @Test
  void theBacktestIsPlainDutchInTens() {
    assertContains(
        withText,
        "Het basisonderwijs (PO): voorspeld ongeveer 1.240 leerlingen, geteld ongeveer 1.220:"
            + " ongeveer 30 leerlingen te veel (2,1 %). De grootste afwijking in een wijk:"
            + " Noordwijk, ongeveer 10 leerlingen te veel (2,8 %).");
    assertContains(
        withText,
        "De voorschoolse educatie (VVE): de toetsing rust op te weinig kinderen om te tonen.");
    assertContains(
        withText,
        "Het voortgezet onderwijs (VO): voorspeld ongeveer 2.470 leerlingen; het getelde aantal is"
            + " niet gepubliceerd, dus niet te vergelijken.");
    assertContains(
        withText, "Een leerlingenprognose is zo goed als de bevolkingsprognose waarop ze rust.");
    assertContains(
        withText,
        "In 2040-2041 gaan naar verwachting ongeveer 60 naar de voorschoolse educatie (VVE),"
            + " ongeveer 480 naar het basisonderwijs (PO) (ongeveer 430 in 2023-2024) en ongeveer"
            + " 1.240 naar het voortgezet onderwijs (VO).");
  }

  @Test
  void withoutAForecastTheChapterSaysWhy() {
    assertTrue(without.headings().contains("Teststad 2040"), without.headings().toString());
    assertContains(
        withoutText,
        "Geen leerlingenprognose (P01): referentie/bevolkingsprognose.csv is niet aangeleverd.");
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

  private static PupilForecast forecast() {
    List<ForecastRow> rows = new ArrayList<>();
    for (int year = 2024; year <= 2040; year++) {
      Schooljaar sj = new Schooljaar(year);
      long po = 400 + 5L * (year - 2024);
      rows.add(row(sj, GebiedType.GEMEENTE, "GM0001", "Teststad", Sector.VVE, 63L, null));
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
                new Backtest.SectorError(Sector.VVE, null, 31L, null, null, Optional.empty()),
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
