package nl.leamonitor.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.compute.Cell;
import nl.leamonitor.analytics.coverage.NotCovered;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.analytics.publish.IndicatorTable;
import nl.leamonitor.ingest.quality.DeliveryWarning;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.pdf.ReportFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page 2 of {@code rapport.pdf}, "Wat valt op", as the reader finds it: on fixtures made for each
 * rule, its sentence with the page where the indicator's section starts (found in the PDF itself:
 * the page holding the section's heading), the cap of seven, a quiet year said plainly, no jargon;
 * and the summary tables with Doel and Status only when targets are set. Two wijken (Westwijk,
 * Oostwijk); figures computed by hand in the comments.
 */
class WhatStandsOutTest {
  private static final SortedMap<String, String> WIJKEN =
      new TreeMap<>(Map.of("WK000001", "Westwijk", "WK000002", "Oostwijk"));

  @TempDir Path temp;

  /**
   * Adds one indicator's totaal rows: per schooljaar from {@code first} on, per wijk teller of
   * noemer ({@code tellers[year][wijk]}).
   */
  private static void series(
      List<IndicatorRow> rows, String id, int first, long noemer, long[]... tellers) {
    List<Cell> cells = new ArrayList<>();
    for (int y = 0; y < tellers.length; y++) {
      for (int w = 0; w < 2; w++) {
        cells.add(
            new Cell(
                new Schooljaar(first + y),
                "WK00000" + (w + 1),
                "totaal",
                null,
                tellers[y][w],
                noemer));
      }
    }
    rows.addAll(
        IndicatorTable.build(IndicatorCatalogue.byId(id), cells, WIJKEN, "GM0001", "Teststad"));
  }

  private static long[] both(long teller) {
    return new long[] {teller, teller};
  }

  private static String label(String id) {
    return IndicatorCatalogue.byId(id).label();
  }

  /** Each rule fires: see the comments for why. {@code withI08Target}: an eighth finding. */
  private ReportInput eachRule(boolean withI08Target) {
    return eachRule(withI08Target, false);
  }

  /**
   * {@code withI12}: a ninth finding, rule 5: I12 as in {@link
   * #aWijkHigherOrLowerOnANeutralIndicatorIsNamedWithoutAJudgement}.
   */
  private ReportInput eachRule(boolean withI08Target, boolean withI12) {
    List<IndicatorRow> rows = new ArrayList<>();
    if (withI12) {
      series(rows, "I12_toetsadvies_hoger", 2023, 500, new long[] {100, 300});
    }
    // CHANGE: I11 25,0 % (500 of 2000) in 2022-2023, 30,0 % (600 of 2000) in 2023-2024: +5,0
    // %-punt, se = sqrt(.3 * .7 / 2000 + .25 * .75 / 2000) = 0.0141, so about +2,2 to +7,8:
    // excludes 0. Two years: no trend. Both wijken equal: no wijk difference.
    series(rows, "I11_po_thuisnabij", 2022, 1000, both(250), both(300));
    // TREND: I09 86, 87, 88, 89, 90 % (per wijk 430 ... 450 of 500): stijgend (Cochran-Armitage z
    // = 3.077, straight; see SummaryStatisticsTest); the last change +1,0 %-punt is not
    // significant (-1,7 to +3,7).
    series(
        rows, "I09_vve_bereik", 2019, 500, both(430), both(435), both(440), both(445), both(450));
    // TREND and TARGET: I07 84 down to 80 %: dalend (z = -2.603, straight), and against 90 % in
    // 2029-2030 the line ends at 74,0 % (67,8 - 80,2 %): niet op koers.
    series(
        rows,
        "I07_overgang_vmbo_mbo",
        2019,
        500,
        both(420),
        both(415),
        both(410),
        both(405),
        both(400));
    // TARGET (eighth finding): I08 80 % five times, against 82 %: aandacht nodig (80,0 %,
    // 73,6 - 86,4 %). Flat: no trend, no change.
    series(
        rows,
        "I08_overgang_mbo_hbo",
        2019,
        500,
        both(400),
        both(400),
        both(400),
        both(400),
        both(400));
    // WIJK: one year (no change, no trend). I04 (lager is beter): Westwijk 2 % (20 of 1000),
    // Oostwijk 10 % (100 of 1000), gemeente 6 %; Oostwijk's 99,8 % limits 10 +- 3.09 * 0.95 =
    // 7,1 - 12,9 % exclude 6: hoger. I03: Westwijk 20 % (100 of 500), Oostwijk 60 % (300 of 500),
    // gemeente 40 %; Oostwijk 60 +- 3.09 * 2.19 = 53,2 - 66,8 %: hoger. Westwijk is lower on both:
    // favourable, so not named.
    series(rows, "I04_vsv_percentage", 2023, 1000, new long[] {20, 100});
    series(rows, "I03_thuiszitters_langer_3_maanden", 2023, 500, new long[] {100, 300});
    // MISSING: I06 has 2022-2023 only; 2023-2024 lies within the delivery but is not covered.
    series(rows, "I06_overgang_po_vo", 2022, 500, both(450));
    List<Target> targets = new ArrayList<>();
    targets.add(new Target("I07_overgang_vmbo_mbo", 90, true, Schooljaar.of("2029-2030")));
    if (withI08Target) {
      targets.add(new Target("I08_overgang_mbo_hbo", 82, true, Schooljaar.of("2029-2030")));
    }
    return input(
        rows,
        List.of(new NotCovered("I06_overgang_po_vo", Schooljaar.of("2023-2024"), List.of(), false)),
        // WARNINGS
        List.of(new DeliveryWarning("vsv.csv", "vsv.csv: alleen een kopregel, geen gegevens")),
        targets);
  }

  private static ReportInput input(
      List<IndicatorRow> rows,
      List<NotCovered> notCovered,
      List<DeliveryWarning> warnings,
      List<Target> targets) {
    return new ReportInput(
        "Teststad",
        new Periode(2024, Periode.Half.NAJAAR),
        LocalDate.of(2024, 11, 15),
        5,
        IndicatorTable.compare(rows),
        List.of(),
        notCovered,
        warnings,
        List.of(),
        List.of(),
        targets,
        List.of(),
        "test",
        List.of());
  }

  private PdfLines render(ReportInput input, String name) throws Exception {
    Path pdf = temp.resolve(name);
    new EvaluationReport(input).write(pdf, new ReportFonts());
    return new PdfLines(pdf);
  }

  /**
   * Returns page 2's body as one text without spaces (a line may break after a hyphen, as in
   * 2023-|2024, so that spaces cannot be compared).
   */
  private static String page2(PdfLines lines) {
    return lines.body(2).stream().map(PdfLines.Line::joined).collect(Collectors.joining());
  }

  private static String flat(String text) {
    return text.replace(" ", "");
  }

  /**
   * Returns the page of a section heading (13 pt, or 11 pt within a section), after the summary,
   * found in the PDF.
   */
  private static int sectionPage(PdfLines lines, String heading) {
    for (int p = 3; p <= lines.pageCount(); p++) {
      if (lines.page(p).stream().anyMatch(l -> l.fontSize() > 10.5 && l.text().equals(heading))) {
        return p;
      }
    }
    throw new AssertionError("no section " + heading);
  }

  @Test
  void eachRuleGivesItsSentenceWithThePageOfItsSection() throws Exception {
    PdfLines lines = render(eachRule(false), "elke-regel.pdf");
    String i11 = label("I11_po_thuisnabij");
    String i09 = label("I09_vve_bereik");
    String i07 = label("I07_overgang_vmbo_mbo");
    String i06 = label("I06_overgang_po_vo");
    String i03 = label("I03_thuiszitters_langer_3_maanden");
    String i04 = label("I04_vsv_percentage");
    int p03 = sectionPage(lines, i03);
    int p04 = sectionPage(lines, i04);
    assertTrue(p03 > 2 && p04 > 2);
    List<String> expected =
        List.of(
            "\u2022 "
                + i11
                + " is gestegen van 25,0 % in 2022-2023 naar 30,0 % in 2023-2024: een verbetering"
                + " die groter is dan toeval kan verklaren (zie pagina "
                + sectionPage(lines, i11)
                + ").",
            "\u2022 "
                + i07
                + " daalt gestaag over 5 schooljaren, van 84,0 % in 2019-2020 naar 80,0 % in"
                + " 2023-2024: een aanhoudende verslechtering, geen toeval (zie pagina "
                + sectionPage(lines, i07)
                + ").",
            "\u2022 "
                + i09
                + " stijgt gestaag over 5 schooljaren, van 86,0 % in 2019-2020 naar 90,0 % in"
                + " 2023-2024: een aanhoudende verbetering, geen toeval (zie pagina "
                + sectionPage(lines, i09)
                + ").",
            "\u2022 Het doel voor "
                + DutchFormat.inSentence(i07)
                + " (\u2265 90,0 % in 2029-2030) wordt niet op tijd gehaald als de ontwikkeling van"
                + " de laatste jaren zo doorgaat (zie pagina "
                + sectionPage(lines, i07)
                + ").",
            "\u2022 In Oostwijk zijn 2 cijfers duidelijk ongunstiger dan in de hele gemeente, ook"
                + " als we rekening houden met toeval: "
                + DutchFormat.inSentence(i03)
                + " is hoger en "
                + DutchFormat.inSentence(i04)
                + " is hoger (zie "
                + (p03 == p04 ? "pagina " + p03 : "pagina's " + p03 + " en " + p04)
                + ").",
            "\u2022 Voor 1 indicator staat over het laatste schooljaar 'niet berekend' in plaats"
                + " van een cijfer, omdat gegevens niet zijn aangeleverd: "
                + DutchFormat.inSentence(i06)
                + " in 2023-2024 (zie pagina "
                + sectionPage(lines, i06)
                + ").",
            "\u2022 De aanlevering is mogelijk niet compleet: er is 1 waarschuwing, zoals een"
                + " bestand zonder gegevens of een schooljaar met veel minder regels dan het jaar"
                + " ervoor. Lees die voordat de cijfers worden gebruikt (zie pagina "
                + sectionPage(lines, WhatStandsOut.WARNINGS_HEADING)
                + ").");
    String page = page2(lines);
    assertTrue(page.startsWith("Watvaltop"), page);
    int at = 0;
    for (String sentence : expected) {
      int found = page.indexOf(flat(sentence), at);
      assertTrue(found >= 0, "in order on page 2: " + sentence + "\n" + page);
      at = found + flat(sentence).length();
    }
    assertFalse(page.contains(flat("Er zijn dit jaar geen opvallende")), page);
    assertFalse(page.contains(flat("Verder valt er")), page);
    assertTrue(page.contains(flat("Hoe deze punten gekozen zijn:")), page);
    // Seven findings: the summary starts on page 3.
    assertEquals("Samenvatting", lines.page(3).get(0).text());
    // Inside a sentence a label starts in lower case; an abbreviation keeps its capitals.
    assertEquals("overgang VMBO-diploma naar MBO", DutchFormat.inSentence(i07));
    assertEquals("VVE-bereik doelgroepkinderen", DutchFormat.inSentence(i09));
    assertTrue(page.contains(flat("toeval: thuiszitters langer dan 3 maanden is hoger")), page);
    assertTrue(page.contains(flat("een vaste regel die zegt")), page);
  }

  /**
   * A wijk higher or lower than the gemeente on an indicator without better or worse (I12) gets a
   * sentence in neutral words, with what a high share may point to. One year: Westwijk 20 % (100 of
   * 500), Oostwijk 60 % (300 of 500), gemeente 40 % (400 of 1000). 99,8 % limits (Wilson, z =
   * 3,09): Oostwijk 60 +- 3,09 * 2,19 = about 53,2 - 66,4 %, above 40: hoger; Westwijk 20 +- 3,09 *
   * 1,79 = about 15,1 - 25,7 %, below 40: lager. Without a polarity no WIJK sentence (rule 4).
   */
  @Test
  void aWijkHigherOrLowerOnANeutralIndicatorIsNamedWithoutAJudgement() throws Exception {
    List<IndicatorRow> rows = new ArrayList<>();
    series(rows, "I12_toetsadvies_hoger", 2023, 500, new long[] {100, 300});
    PdfLines lines = render(input(rows, List.of(), List.of(), List.of()), "neutraal.pdf");
    String i12 = label("I12_toetsadvies_hoger");
    String page = page2(lines);
    assertTrue(
        page.contains(
            flat(
                "\u2022 "
                    + i12
                    + ": in Oostwijk ligt dit cijfer duidelijk hoger en in Westwijk duidelijk"
                    + " lager dan in de hele gemeente, ook als we rekening houden met toeval; een"
                    + " hoog aandeel kan wijzen op onderadvisering (zie pagina "
                    + sectionPage(lines, i12)
                    + ").")),
        page);
    assertEquals(1, page.chars().filter(c -> c == '\u2022').count(), page);
    for (String judged : List.of("beter", "slechter", "ongunstig")) {
      // The sentence itself, up to the quiet year's line.
      assertFalse(page.substring(0, page.indexOf("Verdervalt")).contains(judged), page);
    }
  }

  /**
   * A trend whose last change prints as 0,0 is not called lasting: I09 80, 82, 84, 86, 86 % (per
   * wijk 400, 410, 420, 430, 430 of 500), Cochran-Armitage significant and straight (departure p =
   * 0,76), the last change 0,0 %-punt.
   */
  @Test
  void aTrendWhoseLastYearIsLevelSaysSo() throws Exception {
    List<IndicatorRow> rows = new ArrayList<>();
    series(
        rows, "I09_vve_bereik", 2019, 500, both(400), both(410), both(420), both(430), both(430));
    PdfLines lines = render(input(rows, List.of(), List.of(), List.of()), "vlak.pdf");
    String i09 = label("I09_vve_bereik");
    String page = page2(lines);
    assertTrue(
        page.contains(
            flat(
                "\u2022 "
                    + i09
                    + " is over 5 schooljaren gestegen, van 80,0 % in 2019-2020 naar 86,0 % in"
                    + " 2023-2024: een verbetering die geen toeval is; het laatste jaar bleef het"
                    + " cijfer gelijk (zie pagina "
                    + sectionPage(lines, i09)
                    + ").")),
        page);
    assertFalse(page.contains("aanhoudende"), page);
    assertFalse(page.contains("gestaag"), page);
  }

  /**
   * Learning delays have no totaal, only a row per domein: a wijk behind on two domains counts two
   * figures. I05 (lager is beter), one year: per domain Westwijk 10 % (100 of 1000), Oostwijk 30 %
   * (300 of 1000), gemeente 20 %; Oostwijk's 99,8 % limits 30 +- 3.09 * sqrt(.3 * .7 / 1000) = 30
   * +- 1,4 % = 28,6 - 31,4 % exclude 20: hoger on both domains. Westwijk is lower: favourable.
   */
  @Test
  void aWijkBehindOnTwoDomainsOfOneIndicatorIsNamed() throws Exception {
    List<Cell> cells = new ArrayList<>();
    for (String domein : List.of("REKENEN", "SPELLING")) {
      cells.add(new Cell(new Schooljaar(2023), "WK000001", "domein", domein, 100L, 1000L));
      cells.add(new Cell(new Schooljaar(2023), "WK000002", "domein", domein, 300L, 1000L));
    }
    List<IndicatorRow> rows =
        new ArrayList<>(
            IndicatorTable.build(
                IndicatorCatalogue.byId("I05_vertraging_aandeel"),
                cells,
                WIJKEN,
                "GM0001",
                "Teststad"));
    PdfLines lines = render(input(rows, List.of(), List.of(), List.of()), "domeinen.pdf");
    String i05 = label("I05_vertraging_aandeel");
    assertTrue(
        page2(lines)
            .contains(
                flat(
                    "\u2022 In Oostwijk zijn 2 cijfers duidelijk ongunstiger dan in de hele"
                        + " gemeente, ook als we rekening houden met toeval: "
                        + DutchFormat.inSentence(i05)
                        + " (rekenen en spelling) is hoger (zie pagina "
                        + sectionPage(lines, i05)
                        + ").")),
        page2(lines));
  }

  @Test
  void aNeutralWijkSentenceTakesItsPlaceInTheRulesOrderWithinTheSeven() throws Exception {
    // Nine findings: the I12 sentence (rule 5) comes after the wijk (rule 4) and pushes the
    // missing figure (rule 6) and the warnings (rule 7) off the page.
    PdfLines lines = render(eachRule(true, true), "negen.pdf");
    String page = page2(lines);
    assertEquals(7, page.chars().filter(c -> c == '\u2022').count(), page);
    int wijk = page.indexOf(flat("In Oostwijk zijn 2 cijfers"));
    int neutral = page.indexOf(flat(label("I12_toetsadvies_hoger") + ": in Oostwijk"));
    assertTrue(wijk >= 0 && neutral > wijk, page);
    assertFalse(page.contains(flat("Voor 1 indicator staat")), page);
    assertTrue(
        page.contains(
            flat("Er valt meer op dan op deze pagina past: nog 2 punten volgens dezelfde regels.")),
        page);
  }

  @Test
  void atMostSevenInTheRulesOrder() throws Exception {
    // An eighth finding (the I08 target, rule 3) pushes the warnings (rule 6) off the page.
    PdfLines lines = render(eachRule(true), "acht.pdf");
    String page = page2(lines);
    assertEquals(7, page.chars().filter(c -> c == '\u2022').count(), page);
    assertTrue(
        page.contains(
            flat("Het doel voor " + DutchFormat.inSentence(label("I08_overgang_mbo_hbo")))),
        page);
    assertFalse(page.contains(flat("De aanlevering is mogelijk niet compleet")), page);
    assertTrue(
        page.contains(
            flat("Er valt meer op dan op deze pagina past: nog 1 punt volgens dezelfde regels.")),
        page);
  }

  @Test
  void aQuietYearSaysSoAndDoesNotPad() throws Exception {
    List<IndicatorRow> rows = new ArrayList<>();
    // 80 % in both wijken three years running: no change, no trend, no wijk difference.
    series(rows, "I09_vve_bereik", 2021, 500, both(400), both(400), both(400));
    PdfLines lines = render(input(rows, List.of(), List.of(), List.of()), "stil.pdf");
    String page = page2(lines);
    assertFalse(page.contains("\u2022"), page);
    assertTrue(
        page.contains(
            flat(
                "Er zijn dit jaar geen opvallende veranderingen: geen verandering ten opzichte van"
                    + " vorig jaar die groter is dan toeval, geen gestage stijging of daling, geen"
                    + " doelen om aan te toetsen (die zijn niet ingesteld) en geen wijk die op"
                    + " meerdere cijfers duidelijk ongunstig afwijkt.")),
        page);
  }

  /**
   * Rule 6 (review of issue 16): the school wijken the pupil forecast expects to be short of
   * places, with the page of the chapter's section; the fixture is ForecastChapterTest's
   * (Noordwijk, PO, short from 2033-2034, at most 40).
   */
  @Test
  void aShortageOfSchoolPlacesIsNamedWithItsPage() throws Exception {
    List<IndicatorRow> rows = new ArrayList<>();
    series(rows, "I09_vve_bereik", 2021, 500, both(400), both(400), both(400));
    PdfLines lines =
        render(
            input(rows, List.of(), List.of(), List.of())
                .withForecast(ForecastChapterTest.forecast()),
            "prognose.pdf");
    String page = page2(lines);
    int section = sectionPage(lines, "Schoolgebouwen: plaatsen en verwachte leerlingen");
    assertTrue(
        page.contains(
            flat(
                "\u2022 Volgens de leerlingenprognose zijn er te weinig plaatsen in de"
                    + " schoolgebouwen van het PO in Noordwijk vanaf 2033-2034, op zijn grootst"
                    + " ongeveer 40 plaatsen (zie pagina "
                    + section
                    + ").")),
        page);
    assertTrue(
        page.contains(
            flat("(6) schoolwijken waar de leerlingenprognose een tekort aan plaatsen verwacht;")),
        page);
  }

  @Test
  void noJargonOnPage2() throws Exception {
    String page = page2(render(eachRule(true), "jargon.pdf")).toLowerCase();
    for (String word :
        List.of(
            "chi-kwadraat",
            "newcombe",
            "cochran",
            "armitage",
            "wilson",
            "99,8",
            "95%",
            "significant",
            "interval",
            "p-waarde",
            "toets:")) {
      assertFalse(page.contains(word), word + " on page 2: " + page);
    }
  }

  /** Returns the summary tables' header lines (the lines starting with "Indicator Schooljaar"). */
  private static List<String> headers(PdfLines lines) {
    List<String> headers = new ArrayList<>();
    for (int p = 3; p <= lines.pageCount(); p++) {
      lines.page(p).stream()
          .map(PdfLines.Line::text)
          .filter(t -> t.startsWith("Indicator Schooljaar"))
          .forEach(headers::add);
    }
    return headers;
  }

  @Test
  void withoutTargetsNoDoelOrStatusColumnsAndALineThatSaysSo() throws Exception {
    List<IndicatorRow> rows = new ArrayList<>();
    series(rows, "I09_vve_bereik", 2021, 500, both(400), both(400), both(400));
    PdfLines lines = render(input(rows, List.of(), List.of(), List.of()), "zonder-doelen.pdf");
    List<String> headers = headers(lines);
    assertEquals(4, headers.size(), headers.toString());
    for (String header : headers) {
      assertFalse(header.contains("Doel") || header.contains("Status"), header);
    }
    String summary =
        lines.page(3).stream().map(PdfLines.Line::joined).collect(Collectors.joining());
    assertTrue(
        summary.contains(
            flat(
                "De stuurgroep heeft nog geen doelen (streefwaarden) vastgesteld, daarom hebben de"
                    + " tabellen geen kolommen Doel en Status. Vastgestelde doelen neemt de analist"
                    + " op in de instellingen van LEA Monitor; dan toont dit rapport per doel of"
                    + " het op koers ligt.")),
        summary);
  }

  @Test
  void withTargetsTheColumnsStay() throws Exception {
    PdfLines lines = render(eachRule(false), "met-doelen.pdf");
    List<String> headers = headers(lines);
    assertEquals(4, headers.size(), headers.toString());
    for (String header : headers) {
      assertTrue(header.contains("Doel") && header.endsWith("Status"), header);
    }
    String all = lines.page(3).stream().map(PdfLines.Line::text).collect(Collectors.joining(" "));
    assertFalse(all.contains("Er zijn geen doelen"), all);
  }
}
