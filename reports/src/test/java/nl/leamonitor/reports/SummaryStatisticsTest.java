package nl.leamonitor.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.leamonitor.analytics.catalogue.Ambition;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.compute.Cell;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.analytics.publish.IndicatorTable;
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
 * The summary's change, trend and target status on series made for each rule, as the reader of
 * {@code rapport.pdf} finds them. One wijk, so the gemeente is that wijk; 1000 pupils a year (I02:
 * 10,000 inhabitants). Every expected figure was computed outside this code, in a separate Python
 * script (SciPy for the chi-squared tests, numpy for the weighted line) from the same formulas (z =
 * 1.959963985); the working is in the comments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryStatisticsTest {
  private static final SortedMap<String, String> WIJKEN =
      new TreeMap<>(java.util.Map.of("WK000001", "Noordwijk"));

  @TempDir static Path temp;
  private EvaluationSummary summary;
  private String rapport;

  /** Adds the totaal rows of one indicator: per schooljaar from 2019-2020 on, teller of noemer. */
  private static void series(List<IndicatorRow> rows, String id, long noemer, long... tellers) {
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < tellers.length; i++) {
      if (tellers[i] >= 0) { // -1: a schooljaar not covered
        cells.add(
            new Cell(new Schooljaar(2019 + i), "WK000001", "totaal", null, tellers[i], noemer));
      }
    }
    rows.addAll(
        IndicatorTable.build(IndicatorCatalogue.byId(id), cells, WIJKEN, "GM0001", "Teststad"));
  }

  @BeforeAll
  void render() throws Exception {
    List<IndicatorRow> rows = new ArrayList<>();
    // Targets (all "hoger", by 2029-2030), one per outcome:
    // I06 op koers: 80, 81, 82, 83, 84 % lie on a line, so any weights give slope 1 %-punt a year
    // and 84 + 6 = 90,0 % in 2029-2030; se = sqrt(1 / W + (2029 - xbar)^2 / Sxx) with W = 3.40888,
    // xbar = 2021.0867, Sxx = 6.81649 (weights 1 / ((Wilson width) / (2 z))^2): 3.0790, so 84,0 -
    // 96,0 %. 90,0 >= 88: op koers (the latest interval 81,6 - 86,1 % is not all above 88).
    series(rows, "I06_overgang_po_vo", 1000, 800, 810, 820, 830, 840);
    // I07 niet op koers: 84 down to 80 %: 80 - 6 = 74,0 %, se 3.1443: 67,8 - 80,2 %, all below 90.
    series(rows, "I07_overgang_vmbo_mbo", 1000, 840, 830, 820, 810, 800);
    // I08 aandacht nodig: 80 % five times: 80,0 %, se = sqrt(1 / 3.13027 + 8^2 / 6.26053) =
    // 3.2469: 73,6 - 86,4 %: below 82, but 82 within the interval.
    series(rows, "I08_overgang_mbo_hbo", 1000, 800, 800, 800, 800, 800);
    // I09 behaald: 900 of 1000 in 2023-2024, Wilson 88,0 - 91,7 %, all above 80. Its trend 86, 87,
    // 88, 89, 90 %: Cochran-Armitage z = 3.077, a straight line: stijgend.
    series(rows, "I09_vve_bereik", 1000, 860, 870, 880, 890, 900);
    // I11: 50, 70, 52, 72, 76 %: z = 11.25, but the departure from a straight line is 126.9 on 3
    // df (p = 2.5e-27): no marker. Its last change, 72 to 76 %, +4,0 %-punt, Newcombe 0,2 to 7,8:
    // significant, so no "niet significant".
    series(rows, "I11_po_thuisnabij", 1000, 500, 700, 520, 720, 760);
    // I03 (lager is beter): 40, 36, 32, 28, 29 %: z = -6.380, departure 4.52 on 3 df (p = 0.21):
    // dalend; the last change goes up, +1,0 %-punt, Newcombe -3,0 to 5,0: not significant.
    series(rows, "I03_thuiszitters_langer_3_maanden", 1000, 400, 360, 320, 280, 290);
    // I04: 10, 8, -, 4, 3 %: 2021-2022 not covered. Over all four years z = -7.30 and the line
    // fits (p = 0.28), but only 2022-2023 and 2023-2024 are consecutive: no trend test. The
    // change is on 2022-2023: -1,0 %-punt, Newcombe -2,7 to 0,6, niet significant.
    series(rows, "I04_vsv_percentage", 1000, 100, 80, -1, 40, 30);
    // I02: 4,0, 4,2, 4,4, -, 5,0 per 1000 of 10,000: 2022-2023 not covered, so 2023-2024 has no
    // year before: no change (the previous row listed, 2021-2022, is two years back).
    series(rows, "I02_thuiszitters_per_1000", 10_000, 40, 42, 44, -1, 50);
    ReportInput input =
        new ReportInput(
            "Teststad",
            new Periode(2024, Periode.Half.NAJAAR),
            LocalDate.of(2024, 11, 15),
            5,
            IndicatorTable.compare(rows),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new Target("I06_overgang_po_vo", 88, true, Schooljaar.of("2029-2030")),
                new Target("I07_overgang_vmbo_mbo", 90, true, Schooljaar.of("2029-2030")),
                new Target("I08_overgang_mbo_hbo", 82, true, Schooljaar.of("2029-2030")),
                new Target("I09_vve_bereik", 80, true, Schooljaar.of("2029-2030")),
                new Target("I04_vsv_percentage", 2, false, Schooljaar.of("2029-2030"))),
            List.of(),
            "test",
            List.of());
    summary = new EvaluationSummary(input, new PublishedTable(input.rows()));
    new EvaluationReport(input).write(temp.resolve("rapport.pdf"), new ReportFonts());
    try (PDDocument doc = Loader.loadPDF(temp.resolve("rapport.pdf").toFile())) {
      rapport = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void eachTargetHasItsStatusAndTheSentenceThatSaysHow() {
    assertEquals(
        List.of(
            "Doel voor Overgang groep 8 naar VO: op koers, want de lijn door 2019-2020 tot en met"
                + " 2023-2024 komt in 2029-2030 uit op 90,0 % (95%-interval 84,0 - 96,0 %), op of"
                + " boven het doel van 88,0 %.",
            "Doel voor Overgang VMBO-diploma naar MBO: niet op koers, want de lijn door 2019-2020"
                + " tot en met 2023-2024 komt in 2029-2030 uit op 74,0 % (95%-interval 67,8 - 80,2"
                + " %); ook de bovengrens blijft onder het doel van 90,0 %.",
            "Doel voor Overgang MBO-4-diploma naar HBO: aandacht nodig, want de lijn door"
                + " 2019-2020 tot en met 2023-2024 komt in 2029-2030 uit op 80,0 % (95%-interval"
                + " 73,6 - 86,4 %), onder het doel van 82,0 %, maar het doel ligt binnen het"
                + " interval.",
            "Doel voor VVE-bereik doelgroepkinderen: behaald, want het 95%-interval van 2023-2024"
                + " (88,0 - 91,7 %) ligt geheel op of boven het doel van 80,0 %."),
        summary.notes(Ambition.OVERGANGEN));
    for (String sentence : summary.notes(Ambition.OVERGANGEN)) {
      assertTrue(rapport.contains(sentence), "on the page: " + sentence);
    }
    assertEquals(
        List.of("op koers", "niet op koers", "aandacht nodig", "behaald"),
        summary.summaryRows(Ambition.OVERGANGEN).stream().map(r -> r.get(7)).toList());
  }

  @Test
  void aTargetWithoutThreeConsecutiveYearsIsNotJudged() {
    // I04 (at most 2 %): 3,0 % in 2023-2024 (Wilson 2,1 - 4,3 %, not all at most 2); only
    // 2022-2023 and 2023-2024 are consecutive.
    assertEquals(
        List.of(
            "Doel voor Voortijdig schoolverlaters: niet te beoordelen, want er zijn 2"
                + " opeenvolgende afgesloten schooljaren met een gepubliceerd cijfer, en een lijn"
                + " naar 2029-2030 vraagt er minstens 3."),
        summary.notes(Ambition.PASSENDE_PLEK));
  }

  @Test
  void everyChangeHasItsIntervalOrSaysNietSignificant() {
    List<List<String>> overgangen = summary.summaryRows(Ambition.OVERGANGEN);
    assertEquals(
        List.of(
            "+1,0 %-punt (-2,3 tot +4,3), niet significant",
            "-1,0 %-punt (-4,5 tot +2,5), niet significant",
            "0,0 %-punt (-3,5 tot +3,5), niet significant",
            "+1,0 %-punt (-1,7 tot +3,7), niet significant"),
        overgangen.stream().map(r -> r.get(4)).toList());
    List<String> bouwen = summary.summaryRows(Ambition.BOUWEN).get(1);
    assertEquals("+4,0 %-punt (+0,2 tot +7,8)", bouwen.get(4), bouwen.toString());
    assertTrue(
        rapport.replaceAll("\\s+", "").contains("+1,0%-punt(-2,3tot+4,3)nietsignificant"), rapport);
  }

  @Test
  void theChangeIsOnTheYearBeforeNotThePreviousListed() {
    List<List<String>> passend = summary.summaryRows(Ambition.PASSENDE_PLEK);
    // I02 2023-2024 has no 2022-2023: "-", not 5,0 - 4,4 = +0,6.
    assertEquals("I02 -", "I02 " + passend.get(0).get(4), passend.toString());
    assertEquals("-1,0 %-punt (-2,7 tot +0,6), niet significant", passend.get(2).get(4));
  }

  @Test
  void aTrendMarkerOnlyWhereTheTrendIsRealAndStraight() {
    assertEquals(
        "geen trend: verloop niet rechtlijnig", summary.summaryRows(Ambition.BOUWEN).get(1).get(5));
    assertEquals("\u2191 stijgend (beter)", summary.summaryRows(Ambition.OVERGANGEN).get(3).get(5));
    List<List<String>> passend = summary.summaryRows(Ambition.PASSENDE_PLEK);
    assertEquals(
        "\u2193 dalend (beter), laatste jaar iets hoger (niet significant)", passend.get(1).get(5));
    assertEquals("-", passend.get(2).get(5), "I04 has two consecutive years");
    // I06 and I07 rise and fall a point a year: z = +-2.603, straight lines.
    assertEquals("\u2191 stijgend (beter)", summary.summaryRows(Ambition.OVERGANGEN).get(0).get(5));
    assertEquals(
        "\u2193 dalend (slechter)", summary.summaryRows(Ambition.OVERGANGEN).get(1).get(5));
    // The reader of the page: the zigzag of I11 carries no arrow.
    String flat = rapport.replaceAll("\\s+", "");
    assertTrue(flat.contains("geentrend:verloopnietrechtlijnig"), rapport);
    // The summary's first table (ambition 1) holds I11's row: no arrow in it.
    String ambition1 =
        flat.substring(flat.indexOf("Basisschoolindeeigen"), flat.indexOf("Ambitie2:"));
    assertTrue(ambition1.contains("76,0%"), ambition1);
    assertFalse(ambition1.contains("\u2191") || ambition1.contains("\u2193"), ambition1);
  }
}
