package nl.leamonitor.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.compute.Cell;
import nl.leamonitor.analytics.coverage.NotCovered;
import nl.leamonitor.analytics.coverage.Requirement;
import nl.leamonitor.analytics.protect.SmallNumberProtection;
import nl.leamonitor.analytics.publish.AdviceCrossTable;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.analytics.publish.IndicatorTable;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.charts.Labels;
import nl.leamonitor.reports.charts.PlottedChart;
import nl.leamonitor.reports.pdf.ReportFonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 in the reports, tested on what a reader sees: the cross-table of schooladvies against
 * toetsadvies (cells only, x where suppressed), I14's stacked outcomes (no bar for a wijk with a
 * suppressed outcome), I16's situaties, and no better or worse for I12 and I14, which have none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdviceAndLabourMarketTest {
  private static final int K = 5;
  private static final LocalDate RAPPORTAGEDATUM = LocalDate.of(2025, 6, 30);
  private static final SortedMap<String, String> WIJKEN =
      new TreeMap<>(
          java.util.Map.of(
              "WK000001", "Noordwijk",
              "WK000002", "Oostbroek",
              "WK000003", "Zuiderpark",
              "WK000004", "Westhove"));

  /**
   * The gemeente's table of 2023-2024 as CrossTableProtection hands it over: rows VMBO-GT,
   * VMBO-GT/HAVO, HAVO; columns VMBO-GT, HAVO. Toets hoger (rank of the column above the row's):
   * VMBO-GT x HAVO (8 &lt; 10) and VMBO-GT/HAVO x HAVO (9 &lt; 10), both suppressed (2 and 3
   * pupils, a group of two whose sum 5 is at least k - 1). The others: 40, 12, 0 and 55.
   */
  private static final AdviceCrossTable CROSS_TABLE =
      new AdviceCrossTable(
          Schooljaar.of("2023-2024"),
          List.of("VMBO-GT", "VMBO-GT/HAVO", "HAVO"),
          List.of("VMBO-GT", "HAVO"),
          List.of(
              new AdviceCrossTable.Cell("VMBO-GT", "VMBO-GT", false, 40L),
              new AdviceCrossTable.Cell("VMBO-GT", "HAVO", true, null),
              new AdviceCrossTable.Cell("VMBO-GT/HAVO", "VMBO-GT", false, 12L),
              new AdviceCrossTable.Cell("VMBO-GT/HAVO", "HAVO", true, null),
              new AdviceCrossTable.Cell("HAVO", "VMBO-GT", false, 0L),
              new AdviceCrossTable.Cell("HAVO", "HAVO", false, 55L)));

  @TempDir static Path temp;
  private List<IndicatorRow> published;
  private EvaluationReport evaluation;
  private NeighbourhoodReport neighbourhoods;
  private PdfLines rapport;
  private PdfLines withoutTable;
  private String wijkText;

  @BeforeAll
  void render() throws Exception {
    List<IndicatorRow> rows = new ArrayList<>();
    // I12: the toets hoger in 20 %, 30 %, 40 % of each wijk's 100 pupils in 2021-2023, Westhove
    // 60 of 100 in 2023-2024: a steady rise and a wijk far above the gemeente (47,5 %), which a
    // report may only call hoger, never beter or slechter.
    Indicator i12 = IndicatorCatalogue.byId("I12_toetsadvies_hoger");
    Indicator i13 = IndicatorCatalogue.byId("I13_advies_bijgesteld");
    for (int y = 0; y < 3; y++) {
      Schooljaar sj = new Schooljaar(2021 + y);
      List<Cell> c12 = new ArrayList<>();
      List<Cell> c13 = new ArrayList<>();
      for (String code : WIJKEN.keySet()) {
        long teller = code.equals("WK000004") && y == 2 ? 60 : 20 + 10 * y;
        c12.add(new Cell(sj, code, "totaal", null, teller, 100L));
        c13.add(new Cell(sj, code, "totaal", null, teller / 2, teller));
      }
      rows.addAll(IndicatorTable.build(i12, c12, WIJKEN, "GM0001", "Teststad"));
      rows.addAll(IndicatorTable.build(i13, c13, WIJKEN, "GM0001", "Teststad"));
    }
    // I14, groep 8 of 2020-2021 and 2021-2022 (boven, binnen, onder, niet gevonden): Oostbroek's
    // 3 onder advies are below k, so Oostbroek gets no bar in the stacked chart.
    Indicator i14 = IndicatorCatalogue.byId("I14_positie_vo3");
    String[] positions = {"boven_advies", "binnen_advies", "onder_advies", "niet_gevonden"};
    long[][] outcomes = {{12, 70, 10, 8}, {15, 60, 3, 9}, {10, 60, 8, 12}, {9, 55, 7, 6}};
    for (int y = 0; y < 2; y++) {
      Schooljaar sj = new Schooljaar(2020 + y);
      List<Cell> cells = new ArrayList<>();
      int w = 0;
      for (String code : WIJKEN.keySet()) {
        long cohort = 0;
        for (long n : outcomes[w]) {
          cohort += n;
        }
        cells.add(new Cell(sj, code, "totaal", null, outcomes[w][0], cohort));
        for (int o = 0; o < 4; o++) {
          cells.add(new Cell(sj, code, "uitkomst", positions[o], outcomes[w][o], cohort));
        }
        w++;
      }
      rows.addAll(IndicatorTable.build(i14, cells, WIJKEN, "GM0001", "Teststad"));
    }
    // I15: 75 of 100 leavers per wijk with a startkwalificatie, 2022-2023 and 2023-2024.
    Indicator i15 = IndicatorCatalogue.byId("I15_uitstroom_startkwalificatie");
    for (int y = 0; y < 2; y++) {
      Schooljaar sj = new Schooljaar(2022 + y);
      List<Cell> cells = new ArrayList<>();
      for (String code : WIJKEN.keySet()) {
        cells.add(new Cell(sj, code, "totaal", null, 75, 100L));
        cells.add(new Cell(sj, code, "uitkomst", "met_startkwalificatie", 75, 100L));
        cells.add(new Cell(sj, code, "uitkomst", "zonder_startkwalificatie", 25, 100L));
      }
      rows.addAll(IndicatorTable.build(i15, cells, WIJKEN, "GM0001", "Teststad"));
    }
    // I16 per wijk of 1500 inhabitants 16-22: werk 10, zorg 6, traject 6, geen 5, onbekend 1 in
    // Noordwijk and Zuiderpark, 0 elsewhere. 2024-2025 runs on the rapportagedatum: voorlopig,
    // gemeente only. The gemeente's onbekend, 2, is below k: suppressed, and so is another
    // situatie (they partition the teller, which is published).
    Indicator i16 = IndicatorCatalogue.byId("I16_rmc_jongeren_per_1000");
    String[] situaties = {"WERK", "ZORG", "TRAJECT", "GEEN", "ONBEKEND"};
    for (int y = 0; y < 2; y++) {
      Schooljaar sj = new Schooljaar(2023 + y);
      List<Cell> cells = new ArrayList<>();
      for (String code : WIJKEN.keySet()) {
        long onbekend = code.equals("WK000001") || code.equals("WK000003") ? 1 : 0;
        long[] counts = {10, 6, 6, 5, onbekend};
        cells.add(new Cell(sj, code, "totaal", null, 27 + onbekend, 1500L));
        for (int s = 0; s < 5; s++) {
          cells.add(new Cell(sj, code, "situatie", situaties[s], counts[s], 1500L));
        }
      }
      rows.addAll(
          IndicatorTable.voorlopig(
              i16,
              IndicatorTable.build(i16, cells, WIJKEN, "GM0001", "Teststad"),
              RAPPORTAGEDATUM));
    }
    published = IndicatorTable.compare(SmallNumberProtection.protect(rows, K).rows());
    ReportFonts fonts = new ReportFonts();
    evaluation = new EvaluationReport(input(Optional.of(CROSS_TABLE)));
    evaluation.write(temp.resolve("rapport.pdf"), fonts);
    rapport = new PdfLines(temp.resolve("rapport.pdf"));
    new EvaluationReport(input(Optional.empty())).write(temp.resolve("zonder.pdf"), fonts);
    withoutTable = new PdfLines(temp.resolve("zonder.pdf"));
    neighbourhoods = new NeighbourhoodReport(input(Optional.of(CROSS_TABLE)));
    neighbourhoods.write(temp.resolve("wijkvergelijking.pdf"), fonts);
    PdfLines wijk = new PdfLines(temp.resolve("wijkvergelijking.pdf"));
    StringBuilder all = new StringBuilder();
    for (int p = 1; p <= wijk.pageCount(); p++) {
      wijk.page(p).forEach(l -> all.append(l.text()).append('\n'));
    }
    wijkText = all.toString();
  }

  private ReportInput input(Optional<AdviceCrossTable> crossTable) {
    return new ReportInput(
            "Teststad",
            new Periode(2025, Periode.Half.VOORJAAR),
            RAPPORTAGEDATUM,
            K,
            published,
            List.of(),
            NOT_YET,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            "test",
            List.of())
        .withAdviceCrossTable(crossTable);
  }

  /**
   * I14 for groep 8 of 2022-2023 to 2024-2025: their leerjaar 3 (2025-2026 to 2027-2028) lies after
   * the delivery.
   */
  private static final List<NotCovered> NOT_YET =
      java.util.stream.IntStream.rangeClosed(2022, 2024)
          .mapToObj(
              y ->
                  new NotCovered(
                      "I14_positie_vo3",
                      new Schooljaar(y),
                      List.of(Requirement.inschrijvingen("VO", 3)),
                      true))
          .toList();

  /**
   * I14's summary row says what its value and its schooljaar are; its chapter says plainly why the
   * later cohorts have no figure yet, instead of listing the missing enrolment years.
   */
  @Test
  void i14SaysItsValueItsCohortAndWhyLaterCohortsAreNotThereYet() {
    String label = IndicatorCatalogue.byId("I14_positie_vo3").label();
    EvaluationSummary summary =
        new EvaluationSummary(input(Optional.empty()), new PublishedTable(published));
    List<String> row =
        summary.summaryRows(nl.leamonitor.analytics.catalogue.Ambition.GELIJKE_KANSEN).stream()
            .filter(r -> r.get(0).startsWith(label))
            .findFirst()
            .orElseThrow();
    assertEquals(label + ": aandeel boven advies", row.get(0));
    assertEquals("groep 8 van 2021-2022", row.get(1));
    int page = pageWith(rapport, label);
    StringBuilder all = new StringBuilder();
    for (int p = page; p <= page + 1; p++) {
      lines(rapport, p).forEach(l -> all.append(l).append(' '));
    }
    String text = all.toString().replaceAll("\\s+", " ");
    assertTrue(
        text.contains(
            "Nog niet te berekenen voor groep 8 van 2022-2023, 2023-2024 en 2024-2025: die"
                + " leerlingen zitten nog niet in leerjaar 3 van het VO. Dat is drie schooljaren"
                + " na groep 8, later dan de laatst aangeleverde inschrijvingen."),
        text);
    assertFalse(text.contains("geen VO-inschrijvingen van 2027-2028"), text);
  }

  /** Appendix C no longer says that no bars are stacked, now that I14's are. */
  @Test
  void appendixCSaysWhichBarsAreStacked() {
    StringBuilder all = new StringBuilder();
    for (int p = pageWith(rapport, "Bijlage C: Bescherming van kleine aantallen");
        p <= rapport.pageCount();
        p++) {
      lines(rapport, p).forEach(l -> all.append(l).append(' '));
    }
    String text = all.toString().replaceAll("\\s+", " ");
    assertTrue(
        text.contains(
            "Deze staven zijn niet gestapeld: gestapeld tot 100 % zou het gat een weggelaten"
                + " uitkomst laten zien. De plaats in leerjaar 3 van het VO ten opzichte van het"
                + " advies staat wel als één gestapelde staaf tot 100 % per gebied: daar vormen de"
                + " weggelaten uitkomsten van een gebied samen één grijs deel."),
        text);
    assertFalse(text.contains("De staven zijn niet gestapeld"), text);
  }

  private static final String CROSS_HEADING = "Schooladvies en toetsadvies in 2023-2024 (gemeente)";

  /** Returns the text of a page's lines, one per line. */
  private static List<String> lines(PdfLines pdf, int page) {
    return pdf.page(page).stream().map(PdfLines.Line::text).toList();
  }

  private static int pageWith(PdfLines pdf, String line) {
    for (int p = 1; p <= pdf.pageCount(); p++) {
      if (lines(pdf, p).contains(line)) {
        return p;
      }
    }
    return -1;
  }

  @Test
  void theCrossTableShowsOnlyItsCellsWithXWhereSuppressed() {
    int page = pageWith(rapport, CROSS_HEADING);
    assertTrue(page > 0, "a page with the cross-table");
    List<String> lines = lines(rapport, page);
    // Rows as printed: the advice, then its cells; the short form of a combined advice.
    assertTrue(lines.contains("VMBO-GT 40 x"), String.join("\n", lines));
    assertTrue(lines.contains("VMBO-GT/HAVO 12 x"), String.join("\n", lines));
    assertTrue(lines.contains("HAVO 0 55"), String.join("\n", lines));
    assertEquals(
        List.of(
            List.of("VMBO-GT", "40", "x"),
            List.of("VMBO-GT/HAVO", "12", "x"),
            List.of("HAVO", "0", "55")),
        AdviceTable.rows(CROSS_TABLE),
        "three rows of two cells, no total row or column");
    assertEquals(
        List.of("Schooladvies \u2193 / toetsadvies \u2192", "VMBO-GT", "HAVO"),
        AdviceTable.header(CROSS_TABLE));
    String text = String.join(" ", lines).replaceAll("\\s+", " ");
    // From the heading on: the table and its note show no sum of cells, nor a word for one.
    List<String> table = lines.subList(lines.indexOf(CROSS_HEADING), lines.size());
    for (String total : List.of("otaal", "Som", "107", "52", "95", "67", "62")) {
      // 107 all cells; 52 and 55 the columns' sums, 40, 12 and 55 the rows' published parts, and
      // 95 and 67 (and 62) what a row or column of published cells adds up to.
      assertFalse(
          table.stream().anyMatch(l -> l.matches(".*(?<![\\d,])" + total + "(?![\\d,%]).*")),
          total + " on the page of the cross-table: " + table);
    }
    assertTrue(
        text.contains(
            "Blauw: toets hoger. x: niet gepubliceerd, omdat het om minder dan 5 leerlingen gaat"
                + " of omdat het uit de andere cellen en het cijfer van de gemeente terug te"
                + " rekenen zou zijn."),
        text);
    assertTrue(
        text.contains(
            "x = niet gepubliceerd: te weinig kinderen, of af te leiden uit andere cijfers"),
        "the footer explains x: " + text);
    assertTrue(text.contains("groep 8 van 2023-2024"), "the schooljaar is named: " + text);
  }

  @Test
  void withoutACrossTableTheReportSaysWhy() {
    assertEquals(-1, pageWith(withoutTable, CROSS_HEADING));
    StringBuilder all = new StringBuilder();
    for (int p = 1; p <= withoutTable.pageCount(); p++) {
      lines(withoutTable, p).forEach(l -> all.append(l).append(' '));
    }
    assertTrue(
        all.toString()
            .replaceAll("\\s+", " ")
            .contains(
                "De tabel van schooladvies tegen toetsadvies staat er niet in: in geen enkel"
                    + " schooljaar is die te tonen zonder dat een klein aantal leerlingen uit de"
                    + " cellen en het cijfer van de gemeente terug te rekenen is."),
        all.toString());
  }

  private PlottedChart chart(String title) {
    return evaluation.charts().stream()
        .filter(c -> c.chart().getTitle().getText().equals(title))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    title
                        + " not in "
                        + evaluation.charts().stream()
                            .map(c -> c.chart().getTitle().getText())
                            .toList()));
  }

  @Test
  void aWijksSuppressedPositionsAreOneGreySegmentWhoseSumFollowsFromTheTable() {
    PlottedChart stacked =
        chart(
            "Plaats in leerjaar 3 van het VO ten opzichte van het advies: groep 8 van 2021-2022,"
                + " drie jaar later");
    // Oostbroek: boven 15, binnen 60, onder 3 (below k), niet gevonden 9, cohort 87. Its 3 is
    // suppressed, and with it at least one other outcome (else 87 - 15 - 60 - 9 would give it
    // away); the published outcomes are drawn, the suppressed together as one grey segment of
    // 87 - 15 - 60 = 12 pupils: 12 / 87 = 13,79 %, which indicatoren.csv gives as well.
    List<IndicatorRow> oostbroek =
        published.stream()
            .filter(
                r ->
                    r.indicator().equals("I14_positie_vo3")
                        && r.schooljaar().equals(new Schooljaar(2021))
                        && r.gebiedNaam().equals("Oostbroek")
                        && "uitkomst".equals(r.uitsplitsing()))
            .toList();
    List<String> hidden =
        oostbroek.stream().filter(IndicatorRow::onderdrukt).map(IndicatorRow::categorie).toList();
    assertTrue(hidden.contains("onder_advies") && hidden.size() >= 2, hidden.toString());
    org.jfree.data.category.CategoryDataset data =
        ((org.jfree.chart.plot.CategoryPlot) stacked.chart().getPlot()).getDataset();
    int column = data.getColumnIndex("Oostbroek");
    for (IndicatorRow r : oostbroek) {
      Number drawn = data.getValue(Labels.category(r.categorie()), "Oostbroek");
      if (r.onderdrukt()) {
        assertEquals(null, drawn, r.categorie() + " is not drawn on its own");
        assertTrue(stacked.notShown().contains(r), r.toString());
      } else {
        assertEquals(r.waarde(), drawn.doubleValue(), 1e-9, r.categorie());
        assertTrue(stacked.plotted().contains(r), r.toString());
      }
    }
    long shownTellers =
        oostbroek.stream().filter(r -> !r.onderdrukt()).mapToLong(IndicatorRow::teller).sum();
    assertEquals(
        100.0 * (87 - shownTellers) / 87,
        data.getValue("niet gepubliceerd (samen)", "Oostbroek").doubleValue(),
        1e-9);
    assertTrue(column >= 0);
    // An area whose outcomes are all published has no grey segment.
    for (IndicatorRow r : stacked.plotted()) {
      boolean whole =
          published.stream()
              .filter(
                  x ->
                      x.indicator().equals("I14_positie_vo3")
                          && x.schooljaar().equals(new Schooljaar(2021))
                          && x.gebiedCode().equals(r.gebiedCode()))
              .noneMatch(IndicatorRow::onderdrukt);
      String label = r.isGemeente() ? "Gemeente " + r.gebiedNaam() : r.gebiedNaam();
      if (whole) {
        assertEquals(null, data.getValue("niet gepubliceerd (samen)", label), label);
      }
    }
    int page =
        pageWith(
            rapport, "Plaats in leerjaar 3 van het VO ten opzichte van het advies: groep 8 van");
    String text = String.join(" ", lines(rapport, page)).replaceAll("\\s+", " ");
    assertTrue(
        text.contains(
            "Grijs: de niet gepubliceerde uitkomsten van een gebied samen (hun som volgt uit de"
                + " gepubliceerde cijfers, elk afzonderlijk niet)."),
        text);
    // The note says what "niet gevonden" is, and no longer that such an area has no bar.
    assertTrue(
        text.contains(
            "Niet gevonden: de leerling staat drie schooljaren na groep 8 niet in leerjaar 3 van"
                + " het VO in de aangeleverde inschrijvingen, bijvoorbeeld omdat hij verhuisd is,"
                + " een jaar is blijven zitten, naar het VSO of praktijkonderwijs buiten de"
                + " aanlevering is gegaan, of niet meer op school zit."),
        text);
    assertFalse(text.contains("krijgt geen staaf maar een x: de gepubliceerde delen"), text);
    // A thin segment of 3,8 % (the width of its label at 6,5 pt) still carries its share; one of
    // 3,4 % is too narrow for it.
    org.jfree.chart.labels.CategoryItemLabelGenerator labels =
        ((org.jfree.chart.plot.CategoryPlot) stacked.chart().getPlot())
            .getRenderer()
            .getDefaultItemLabelGenerator();
    org.jfree.data.category.DefaultCategoryDataset thin =
        new org.jfree.data.category.DefaultCategoryDataset();
    thin.addValue(3.8, "onder advies", "Noordwijk");
    thin.addValue(3.4, "niet gevonden", "Noordwijk");
    assertEquals("3,8", labels.generateLabel(thin, 0, 0));
    assertEquals(null, labels.generateLabel(thin, 1, 0));
  }

  /**
   * The situaties show the last final schooljaar, the year of the section's trend and wijk charts,
   * and the voorlopig one beside it, named voorlopig in the title and the legend.
   */
  @Test
  void theSituatiesAreTheLastFinalYearWithTheVoorlopigYearBesideIt() {
    PlottedChart situaties =
        chart(
            "Jongeren zonder startkwalificatie en zonder school per 1000 inwoners van 16-22 jaar,"
                + " per situatie: gemeente, 2023-2024 en 2024-2025 (voorlopig)");
    assertTrue(situaties.plotted().stream().allMatch(r -> r.isGemeente() && !r.onderdrukt()));
    for (int y = 2023; y <= 2024; y++) {
      Schooljaar year = new Schooljaar(y);
      boolean voorlopig = y == 2024;
      Set<String> shown =
          situaties.plotted().stream()
              .filter(r -> r.schooljaar().equals(year))
              .peek(r -> assertEquals(voorlopig, r.voorlopig(), r.toString()))
              .map(IndicatorRow::categorie)
              .collect(Collectors.toSet());
      Set<String> hidden =
          situaties.notShown().stream()
              .filter(r -> r.schooljaar().equals(year))
              .map(IndicatorRow::categorie)
              .collect(Collectors.toSet());
      assertTrue(hidden.contains("ONBEKEND"), "the gemeente's 2 onbekend: " + hidden);
      assertTrue(hidden.size() >= 2, "a lone suppressed situatie would follow from the teller");
      assertEquals(Set.of("WERK", "ZORG", "TRAJECT", "GEEN", "ONBEKEND"), union(shown, hidden));
      // Each published situatie's bar is its value: 4 x 10 werk of 4 x 1500 inhabitants, 6,7 per
      // 1000, in both years; a suppressed one has no bar.
      org.jfree.data.category.CategoryDataset data =
          ((org.jfree.chart.plot.CategoryPlot) situaties.chart().getPlot()).getDataset();
      String series = year.label() + (voorlopig ? " (voorlopig)" : "");
      if (shown.contains("WERK")) {
        assertEquals(40 * 1000.0 / 6000, data.getValue(series, "werk").doubleValue(), 1e-9);
      }
      for (String situatie : hidden) {
        assertEquals(
            null,
            data.getValue(series, nl.leamonitor.reports.charts.Labels.category(situatie)),
            situatie + " is not drawn in " + series);
      }
    }
    org.jfree.chart.LegendItemCollection legend = situaties.chart().getPlot().getLegendItems();
    assertEquals("2023-2024", legend.get(0).getLabel());
    assertEquals("2024-2025 (voorlopig)", legend.get(1).getLabel());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void theLeaversChartNamesTheRestOfTheCohort() {
    assertNotNull(chart("Uitstroom met startkwalificatie: de wijken in 2023-2024"));
    StringBuilder all = new StringBuilder();
    for (int p = 1; p <= rapport.pageCount(); p++) {
      lines(rapport, p).forEach(l -> all.append(l).append(' '));
    }
    assertTrue(
        all.toString()
            .replaceAll("\\s+", " ")
            .contains(
                "De wijkcijfers hierboven zijn het aandeel met startkwalificatie; de rest van het"
                    + " cohort, tot 100 %, is zonder startkwalificatie."));
  }

  @Test
  void indicatorsWithoutBetterOrWorseAreOnlyHigherOrLower() throws Exception {
    List<String> neutral =
        List.of(
            IndicatorCatalogue.byId("I12_toetsadvies_hoger").label(),
            IndicatorCatalogue.byId("I14_positie_vo3").label());
    // The fixture gives I12 a rise the reports notice: Wat valt op and the summary's trend.
    WhatStandsOut page2 = new WhatStandsOut(input(Optional.empty()), new PublishedTable(published));
    List<String> findings =
        page2.findings().stream()
            .map(WhatStandsOut.Finding::text)
            .filter(t -> t.startsWith(neutral.get(0)))
            .toList();
    assertFalse(findings.isEmpty(), "I12's rise stands out");
    for (String finding : findings) {
      assertTrue(finding.contains("verandering"), finding);
    }
    for (PdfLines pdf : List.of(rapport, new PdfLines(temp.resolve("wijkvergelijking.pdf")))) {
      for (int p = 1; p <= pdf.pageCount(); p++) {
        for (String line : lines(pdf, p)) {
          for (String label : neutral) {
            String start = label.substring(0, 25);
            int at = line.indexOf(start);
            if (at < 0) {
              continue;
            }
            // Up to where another indicator's name starts (the legend has two halves a line).
            String own = line.substring(at);
            for (Indicator other : IndicatorCatalogue.ALL) {
              String name = other.label().substring(0, Math.min(20, other.label().length()));
              int next = own.indexOf(name, 1);
              if (next > 0 && !other.label().startsWith(start)) {
                own = own.substring(0, next);
              }
            }
            for (String judged : List.of("beter", "slechter", "verbetering", "verslechtering")) {
              assertFalse(own.contains(judged), "page " + p + ": " + own);
            }
          }
        }
      }
    }
    EvaluationSummary summary =
        new EvaluationSummary(input(Optional.empty()), new PublishedTable(published));
    List<String> i12 =
        summary.summaryRows(nl.leamonitor.analytics.catalogue.Ambition.GELIJKE_KANSEN).stream()
            .filter(r -> r.get(0).equals(neutral.get(0)))
            .findFirst()
            .orElseThrow();
    assertEquals("\u2191 stijgend", i12.get(5), "a trend without (beter): " + i12);
    // Westhove's 60 % against the gemeente's 47,5 %: hoger, in the chapter's wijk chart and in the
    // wijkvergelijking, in the colours of hoger and lager only.
    PlottedChart bars = chart(neutral.get(0) + ": de wijken in 2023-2024");
    org.jfree.chart.LegendItemCollection legend =
        ((org.jfree.chart.plot.CategoryPlot) bars.chart().getPlot()).getFixedLegendItems();
    for (int i = 0; i < legend.getItemCount(); i++) {
      String label = legend.get(i).getLabel();
      assertTrue(
          Set.of("hoger dan de gemeente", "lager dan de gemeente", "niet significant anders")
              .contains(label),
          label);
    }
    assertTrue(wijkText.contains("hoger"), "a wijk profile judges I12 hoger");
    // The overview marks hoger with a symbol besides its colour (Westhove's 60 % in 2023-2024),
    // and explains it in the key and the legend.
    List<List<String>> overview =
        new WijkOverview(
                input(Optional.empty()),
                new PublishedTable(published),
                neighbourhoodsMeasures(),
                List.of())
            .rows();
    assertTrue(
        overview.stream().anyMatch(r -> r.get(0).equals("Westhove") && r.contains("60,0 \u25B2")),
        overview.toString());
    assertTrue(wijkText.contains("hoger dan de gemeente \u25B2"), wijkText);
    assertTrue(wijkText.contains("geen oordeel, \u25B2 hoger, \u25BC lager"), wijkText);
    assertTrue(wijkText.contains(neutral.get(0)), "I12 is in the wijkvergelijking");
  }

  private List<NeighbourhoodReport.Measure> neighbourhoodsMeasures() {
    PublishedTable table = new PublishedTable(published);
    return IndicatorCatalogue.ALL.stream()
        .filter(i -> i.id().equals("I12_toetsadvies_hoger"))
        .map(i -> new NeighbourhoodReport.Measure(i, null, table.latest(i.id()).orElseThrow()))
        .toList();
  }

  /**
   * Hoger and lager do not look like beter and slechter: light hues (yellow, reddish purple) where
   * the judgements are dark (blue, vermillion), by luminance (0,299 R + 0,587 G + 0,114 B): 213 and
   * 151 against 87 and 119.
   */
  @Test
  void higherAndLowerAreLightWhereBetterAndWorseAreDark() {
    for (Judgement neutral : List.of(Judgement.HOGER, Judgement.LAGER)) {
      for (Judgement judged : List.of(Judgement.BETER, Judgement.SLECHTER)) {
        assertTrue(
            luminance(neutral.color()) - luminance(judged.color()) > 30, neutral + " " + judged);
      }
      assertFalse(neutral.symbol().isEmpty());
    }
    assertTrue(
        Math.abs(luminance(Judgement.HOGER.color()) - luminance(Judgement.LAGER.color())) > 30);
    assertEquals("", Judgement.BETER.symbol());
  }

  /** The profiles say what "-" is, and why in a year that is voorlopig for some indicator. */
  @Test
  void theProfilesSayWhatADashIs() {
    // The profiles say what "-" is; the columns are the final years 2020-2021 to 2023-2024.
    assertTrue(
        wijkText
            .replaceAll("\\s+", " ")
            .contains(
                "Noordwijk: interval, gemeente en oordeel over het laatste schooljaar (zie pagina"
                    + " 1); **: vrijwel zeker geen toeval; - = geen cijfer."),
        wijkText);
    // Where a column is a year that is voorlopig for some indicator (in the sample 2024-2025,
    // final for I05 and voorlopig for I02, I03, I04 and I16), the caption says why their wijk
    // cells are "-".
    assertEquals(
        "Noordwijk: interval, gemeente en oordeel over het laatste schooljaar (zie pagina 1); **:"
            + " vrijwel zeker geen toeval; - = geen cijfer, in 2024-2025 omdat dat schooljaar nog"
            + " liep (voorlopig: alleen gemeentecijfers).",
        neighbourhoods.profileCaption(
            "Noordwijk",
            List.of(new Schooljaar(2023), new Schooljaar(2024)),
            List.of(new Schooljaar(2024))));
  }

  private static double luminance(java.awt.Color c) {
    return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
  }
}
