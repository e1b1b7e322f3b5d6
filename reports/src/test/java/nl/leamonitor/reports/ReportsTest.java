package nl.leamonitor.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.leamonitor.analytics.Skipped;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.compute.Cell;
import nl.leamonitor.analytics.protect.SmallNumberProtection;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.analytics.publish.IndicatorTable;
import nl.leamonitor.ingest.delivery.Dataset;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.charts.PlottedChart;
import nl.leamonitor.reports.pdf.ReportFonts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both PDFs tested on what a reader sees: their extracted text, the data behind every chart, and
 * that no suppressed number shows up. The table is built and protected as a run would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsTest {
  private static final int K = 5;
  private static final SortedMap<String, String> WIJKEN =
      new TreeMap<>(
          java.util.Map.of(
              "WK000001",
              "Noordwijk",
              "WK000002",
              "Oostbroek",
              "WK000003",
              "Zuiderpark",
              "WK000004",
              "Westhove"));

  /**
   * Inhabitants aged 0-23 per wijk: Westhove's 3 is below k, so it is not published, and neither is
   * the gemeente's total, from which it would follow.
   */
  private static final List<nl.leamonitor.analytics.compute.WijkInhabitants> INHABITANTS =
      List.of(
          new nl.leamonitor.analytics.compute.WijkInhabitants(
              new Schooljaar(2023), "WK000001", 1234),
          new nl.leamonitor.analytics.compute.WijkInhabitants(
              new Schooljaar(2023), "WK000002", 987),
          new nl.leamonitor.analytics.compute.WijkInhabitants(
              new Schooljaar(2023), "WK000003", 1500),
          new nl.leamonitor.analytics.compute.WijkInhabitants(new Schooljaar(2023), "WK000004", 3),
          // An older year is not the one shown.
          new nl.leamonitor.analytics.compute.WijkInhabitants(
              new Schooljaar(2022), "WK000001", 1111));

  @TempDir static Path temp;
  private ReportInput input;
  private List<IndicatorRow> published;
  private List<IndicatorRow> unprotected;
  private EvaluationReport evaluation;
  private NeighbourhoodReport neighbourhoods;
  private String rapportText;
  private String wijkText;
  private List<String> rapportPages;
  private List<String> wijkPages;

  /** The explanation of x, as a reader finds it on a page. */
  private static final String MEANING =
      "x = niet gepubliceerd: te weinig kinderen, of af te leiden uit andere cijfers";

  /** A standalone x: a table cell, a chart mark or a caption's (x), not the x in a word. */
  private static final java.util.regex.Pattern X =
      java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])x(?![\\p{L}\\p{N}])");

  @BeforeAll
  void render() throws Exception {
    List<IndicatorRow> rows = new ArrayList<>();
    for (int year = 2021; year <= 2023; year++) {
      Schooljaar sj = new Schooljaar(year);
      int shift = year - 2021;
      // I09: Westhove's noemer 3 is below k; the suppressor hides a partner too.
      rows.addAll(
          IndicatorTable.build(
              IndicatorCatalogue.byId("I09_vve_bereik"),
              List.of(
                  new Cell(sj, "WK000001", "totaal", null, 151 + 9 * shift, 197L),
                  new Cell(sj, "WK000002", "totaal", null, 133, 181L),
                  new Cell(sj, "WK000003", "totaal", null, 97, 163L),
                  new Cell(sj, "WK000004", "totaal", null, 2, 3L)),
              WIJKEN,
              "GM0001",
              "Teststad"));
      // I06: small outcomes in every wijk (vso, po_so, niet_gevonden).
      List<Cell> i06 = new ArrayList<>();
      long[][] outcomes = {{211, 3, 2, 4}, {187, 1, 3, 2}, {176, 4, 1, 3}, {143, 2, 2, 1}};
      for (int w = 0; w < 4; w++) {
        long cohort = outcomes[w][0] + outcomes[w][1] + outcomes[w][2] + outcomes[w][3];
        String code = "WK00000" + (w + 1);
        i06.add(new Cell(sj, code, "totaal", null, outcomes[w][0], cohort));
        String[] names = {"vo", "vso", "po_so", "niet_gevonden"};
        for (int o = 0; o < 4; o++) {
          i06.add(new Cell(sj, code, "uitkomst", names[o], outcomes[w][o], cohort));
        }
      }
      rows.addAll(
          IndicatorTable.build(
              IndicatorCatalogue.byId("I06_overgang_po_vo"), i06, WIJKEN, "GM0001", "Teststad"));
      // I11: in 2022-2023 every noemer is below k, the gemeente's too (3 of 6): a year without a
      // published value.
      // 2021-2022: 125 / 185; 2023-2024: 131 / 185 = 70,8 %.
      long[][] i11 =
          switch (year) {
            case 2021 -> new long[][] {{40, 60}, {35, 50}, {30, 45}, {20, 30}};
            case 2022 -> new long[][] {{1, 2}, {1, 1}, {0, 1}, {1, 2}};
            default -> new long[][] {{42, 60}, {36, 50}, {31, 45}, {22, 30}};
          };
      List<Cell> i11Cells = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        i11Cells.add(new Cell(sj, "WK00000" + (w + 1), "totaal", null, i11[w][0], i11[w][1]));
      }
      rows.addAll(
          IndicatorTable.build(
              IndicatorCatalogue.byId("I11_po_thuisnabij"),
              i11Cells,
              WIJKEN,
              "GM0001",
              "Teststad"));
    }
    unprotected = rows;
    published = IndicatorTable.compare(SmallNumberProtection.protect(rows, K).rows());
    input =
        new ReportInput(
            "Teststad",
            new Periode(2024, Periode.Half.NAJAAR),
            LocalDate.of(2024, 11, 15),
            K,
            published,
            List.of(new Skipped("I04_vsv_percentage", List.of(Dataset.VSV))),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(new Target("I06_overgang_po_vo", 97, true, Schooljaar.of("2029-2030"))),
            List.of(new InputFile("inschrijvingen.csv", "0123456789abcdef" + "0".repeat(48), 1234)),
            "test",
            List.of(new SmallNumberProtection.Cost("I06_overgang_po_vo", 3, 2)));
    ReportFonts fonts = new ReportFonts();
    evaluation = new EvaluationReport(input);
    evaluation.write(temp.resolve("rapport.pdf"), fonts);
    neighbourhoods = new NeighbourhoodReport(input, INHABITANTS);
    neighbourhoods.write(temp.resolve("wijkvergelijking.pdf"), fonts);
    rapportText = text(temp.resolve("rapport.pdf"));
    wijkText = text(temp.resolve("wijkvergelijking.pdf"));
    rapportPages = pages(temp.resolve("rapport.pdf"));
    wijkPages = pages(temp.resolve("wijkvergelijking.pdf"));
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /**
   * Returns each page's text with runs of white space as one space, as the lines of a paragraph are
   * one sentence.
   */
  private static List<String> pages(Path pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(
          true); // reading order: a heading, and a table row, as a reader sees them
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc).replaceAll("\\s+", " ").trim());
      }
    }
    return pages;
  }

  private static String pageStartingWith(List<String> pages, String heading) {
    return pages.stream()
        .filter(p -> p.startsWith(heading))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no page "
                        + heading
                        + " in "
                        + pages.stream()
                            .map(p -> p.substring(0, Math.min(40, p.length())))
                            .toList()));
  }

  @Test
  void theAppendixOnSmallNumbersSaysWhatProtectionCost() {
    // ReportInput carries I06: 3 rows suppressed for being small, 2 to protect others. The report
    // gives the 5 only: the split would tell a reader which rows are small.
    String text = rapportText.replaceAll("\\s+", " ");
    assertTrue(text.contains("Indicator Weggelaten cijfers"), "cost table header");
    assertTrue(text.contains("Overgang groep 8 naar VO 5"), "the cost row of I06, by its label");
    assertTrue(text.contains("Totaal 5"), "the total");
    assertFalse(text.contains("Overgang groep 8 naar VO 3 2"), "no split");
    assertTrue(text.contains("complement (noemer min teller)"), "the complement rule");
  }

  @Test
  void bothReportsNameEveryIndicatorWijkAndThePeriod() {
    for (String text : List.of(rapportText, wijkText)) {
      assertTrue(text.contains("najaar 2024"), "period");
      for (String wijk : WIJKEN.values()) {
        assertTrue(text.contains(wijk), wijk);
      }
    }
    // A long label may break over two lines.
    String flat = rapportText.replaceAll("\\s+", " ");
    for (Indicator indicator : IndicatorCatalogue.ALL) {
      assertTrue(flat.contains(indicator.label()), indicator.label());
    }
    assertTrue(wijkText.contains("VVE-bereik doelgroepkinderen"));
    assertTrue(wijkText.contains("Overgang groep 8 naar VO"));
  }

  @Test
  void missingDataIsExplainedOnThePage() {
    // In plain words on the page, without the file name (which appendix D and the log give).
    assertTrue(
        rapportText
            .replaceAll("\\s+", " ")
            .contains(
                "Niet berekend, want niet aangeleverd: de gegevens over voortijdig"
                    + " schoolverlaters."),
        rapportText);
    // Appendix D lists the skipped indicator by its label (the manifest by its code), and each
    // file's hash shortened to 16 characters.
    String flat = rapportText.replaceAll("\\s+", " ");
    assertTrue(
        flat.contains("Niet berekend: Voortijdig schoolverlaters: niet aangeleverd: vsv*.csv."),
        flat);
    assertTrue(flat.contains("inschrijvingen.csv 0123456789abcdef 1.234"), flat);
    assertFalse(flat.contains("0123456789abcdef0"), "the hash is shortened");
  }

  @Test
  void numbersAreDutch() {
    // I09 gemeente 2023-2024: (169 + 133 + 97 + 2) / (197 + 181 + 163 + 3) = 401 / 544 = 73,7 %.
    assertTrue(rapportText.contains("73,7 %"), rapportText);
    assertTrue(rapportText.contains("1.234"), "thousands point in the provenance table");
  }

  @Test
  void chartsPlotExactlyPublishedUnsuppressedRows() {
    List<PlottedChart> charts = new ArrayList<>(evaluation.charts());
    charts.addAll(neighbourhoods.charts());
    assertTrue(charts.size() >= 8, "charts drawn: " + charts.size());
    for (PlottedChart chart : charts) {
      assertFalse(chart.plotted().isEmpty());
      for (IndicatorRow r : chart.plotted()) {
        assertTrue(published.contains(r), "a plotted row is a published row: " + r);
        assertFalse(r.onderdrukt(), "a suppressed row is never plotted: " + r);
      }
      for (IndicatorRow r : chart.notShown()) {
        assertTrue(
            published.contains(r) && r.onderdrukt(), "a row left out is a suppressed row: " + r);
      }
    }
  }

  @Test
  void noSuppressedValueAppearsInTheText() {
    // Protection keeps the row order, so published row i is unprotected row i. A suppressed value
    // that happens to equal some published value cannot be told apart in the text, so it is
    // skipped.
    java.util.Set<String> publishedValues = new java.util.HashSet<>();
    for (IndicatorRow r : published) {
      if (!r.onderdrukt()) {
        publishedValues.add(DutchFormat.value(IndicatorCatalogue.byId(r.indicator()), r.waarde()));
      }
    }
    // The projection toward a target is drawn from published gemeente figures only; its limits
    // (cut off at 100 %) are no suppressed value even where they look like one.
    java.util.regex.Matcher projected =
        java.util.regex.Pattern.compile("\\d+,\\d %")
            .matcher(
                TargetCourse.judge(
                        new Target("I06_overgang_po_vo", 97, true, Schooljaar.of("2029-2030")),
                        IndicatorCatalogue.byId("I06_overgang_po_vo"),
                        new PublishedTable(published).gemeenteSeries("I06_overgang_po_vo", null))
                    .reason());
    while (projected.find()) {
      publishedValues.add(projected.group());
    }
    int checked = 0;
    for (int i = 0; i < published.size(); i++) {
      if (!published.get(i).onderdrukt()) {
        continue;
      }
      IndicatorRow original = unprotected.get(i);
      Indicator indicator = IndicatorCatalogue.byId(original.indicator());
      String value = DutchFormat.value(indicator, original.waarde());
      if (publishedValues.contains(value)) {
        continue;
      }
      // As a whole value: 0,5 % must not match inside 80,5 %, nor 0,0 % inside a change of 0,0
      // %-punt.
      java.util.regex.Pattern whole =
          java.util.regex.Pattern.compile(
              "(?<![\\d,.])" + java.util.regex.Pattern.quote(value) + "(?!-)");
      for (String text : List.of(rapportText, wijkText)) {
        assertFalse(whole.matcher(text).find(), "suppressed value " + value + " of " + original);
      }
      checked++;
    }
    assertTrue(checked > 10, "suppressed rows checked: " + checked);
  }

  @Test
  void aSuppressedFigureIsNeverShownAsLessThanK() {
    for (String text : List.of(rapportText, wijkText)) {
      assertFalse(text.contains("<" + K), "<" + K);
      assertFalse(
          java.util.regex.Pattern.compile("<\\d").matcher(text).find(), "'<' before a number");
      assertFalse(
          text.contains("kleine aantallen, samen"), "the combined segment of hidden outcomes");
    }
  }

  @Test
  void suppressedFiguresShowAsXInTables() {
    // The summary: I11's gemeente value of 2022-2023 (3 of 6) is suppressed, so the change to
    // 2023-2024 would give it away: x. 131 / 185 = 70,8 %; Wilson, z = 1,96: centre
    // (0,70811 + 3,8416 / 370) / (1 + 3,8416 / 185) = 0,70388, half width 1,96 * 0,033842 /
    // 1,020765
    // = 0,06499, so 63,9 - 76,9 %. The label fits its cell on one line (the change column is
    // narrow since the change, its interval and its judgement each have a line).
    String summary = pageStartingWith(rapportPages, "Samenvatting");
    assertTrue(
        summary.contains("Basisschool in de eigen wijk 2023-2024 70,8 % 63,9 - 76,9 % x - -"),
        summary);
    // Westhove's profile: its I09 rows are suppressed (noemer 3) in every year, so each year, the
    // interval and the comparison are x; the gemeente's 73,7 % stands beside them (unit in the
    // label).
    String westhove = pageStartingWith(wijkPages, "Westhove");
    assertTrue(
        westhove.contains("VVE-bereik doelgroepkinderen (%) x x x x 73,7 niet te vergelijken"),
        westhove);
  }

  @Test
  void everyPageThatShowsAnXExplainsIt() {
    int withX = 0;
    for (List<String> pages : List.of(rapportPages, wijkPages)) {
      for (int p = 0; p < pages.size(); p++) {
        if (X.matcher(pages.get(p)).find()) {
          withX++;
          assertTrue(
              pages.get(p).contains(MEANING),
              "page " + (p + 1) + " shows x without its meaning: " + pages.get(p));
        }
      }
    }
    assertTrue(withX >= 8, "pages with an x: " + withX);
    // The foot of a page refers each report's reader to where suppression is explained in full.
    assertTrue(
        pageStartingWith(rapportPages, "Samenvatting")
            .contains(MEANING + " (zie bijlage C, Bescherming van kleine aantallen)."));
    assertTrue(
        pageStartingWith(wijkPages, "Westhove")
            .contains(MEANING + " (zie 'Zo leest u dit rapport' op pagina 1)."));
  }

  private PlottedChart chart(List<PlottedChart> charts, String title) {
    return charts.stream()
        .filter(c -> c.chart().getTitle().getText().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no chart " + title));
  }

  private static List<String> captions(PlottedChart chart) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < chart.chart().getSubtitleCount(); i++) {
      if (chart.chart().getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
        texts.add(t.getText());
      }
    }
    return texts;
  }

  @Test
  void outcomeChartDrawsPublishedOutcomesOnlyEachFromZero() {
    PlottedChart outcomes =
        chart(
            evaluation.charts(),
            "Overgang groep 8 naar VO: waar het cohort van 2023-2024 een jaar later is");
    org.jfree.chart.plot.Plot plot = outcomes.chart().getPlot();
    List<org.jfree.chart.plot.CategoryPlot> panels =
        plot instanceof org.jfree.chart.plot.CombinedDomainCategoryPlot combined
            ? combined.getSubplots()
            : List.of((org.jfree.chart.plot.CategoryPlot) plot);
    int bars = 0;
    int hiddenCells = 0;
    for (org.jfree.chart.plot.CategoryPlot panel : panels) {
      // Stacked bars would make every hidden outcome the gap to 100 %.
      assertFalse(
          panel.getRenderer() instanceof org.jfree.chart.renderer.category.StackedBarRenderer,
          "stacked");
      org.jfree.data.category.CategoryDataset data = panel.getDataset();
      for (Object outcomeKey : data.getRowKeys()) {
        String outcome =
            List.of("vo", "vso", "po_so", "niet_gevonden").stream()
                .filter(o -> nl.leamonitor.reports.charts.Labels.category(o).equals(outcomeKey))
                .findFirst()
                .orElseThrow(
                    () -> new AssertionError("a series that is no outcome: " + outcomeKey));
        for (Object areaKey : data.getColumnKeys()) {
          String area = areaKey.toString().replace("Gemeente ", "");
          IndicatorRow row =
              published.stream()
                  .filter(
                      r ->
                          r.indicator().equals("I06_overgang_po_vo")
                              && r.schooljaar().equals(Schooljaar.of("2023-2024"))
                              && r.gebiedNaam().equals(area)
                              && outcome.equals(r.categorie()))
                  .findFirst()
                  .orElseThrow(() -> new AssertionError("no row for " + areaKey + " " + outcome));
          Number drawn = data.getValue((Comparable<?>) outcomeKey, (Comparable<?>) areaKey);
          if (row.onderdrukt()) {
            assertEquals(null, drawn, "a hidden outcome is drawn: " + row);
            hiddenCells++;
          } else {
            assertEquals(row.waarde(), drawn.doubleValue(), 1e-9, "the published share: " + row);
            bars++;
          }
        }
      }
    }
    // Fixture: every wijk's vso, po_so and niet_gevonden is below k; the gemeente's (10, 8, 10) are
    // not.
    // So: four panels, 5 vo bars and 3 gemeente bars, 12 x's.
    assertEquals(4, panels.size());
    assertEquals(8, bars);
    assertEquals(12, hiddenCells);
    assertEquals(12, outcomes.notShown().size());
    assertTrue(
        captions(outcomes).contains("x: uitkomst niet gepubliceerd in dit gebied."),
        captions(outcomes).toString());
  }

  @Test
  void barChartsLeaveSuppressedWijkenOutAndSaySo() {
    // I09 2023-2024: Westhove (noemer 3) is suppressed, and with it one more wijk.
    List<IndicatorRow> hidden =
        published.stream()
            .filter(
                r ->
                    r.indicator().equals("I09_vve_bereik")
                        && r.schooljaar().equals(Schooljaar.of("2023-2024"))
                        && !r.isGemeente()
                        && r.onderdrukt())
            .toList();
    assertTrue(hidden.stream().anyMatch(r -> r.gebiedNaam().equals("Westhove")), hidden.toString());
    String names = String.join(", ", hidden.stream().map(IndicatorRow::gebiedNaam).toList());
    String caption = hidden.size() + " wijken niet getoond (x): " + names;
    List<PlottedChart> charts =
        List.of(
            chart(evaluation.charts(), "VVE-bereik doelgroepkinderen: de wijken in 2023-2024"),
            chart(neighbourhoods.charts(), "VVE-bereik doelgroepkinderen, 2023-2024"),
            chart(evaluation.charts(), "VVE-bereik doelgroepkinderen: trechterdiagram 2023-2024"));
    for (PlottedChart c : charts) {
      if (c.chart().getPlot() instanceof org.jfree.chart.plot.CategoryPlot bars) {
        for (Object wijk : bars.getDataset().getColumnKeys()) {
          assertTrue(
              hidden.stream().noneMatch(r -> wijk.toString().contains(r.gebiedNaam())),
              "a suppressed wijk has a place: " + wijk);
        }
        assertEquals(WIJKEN.size() - hidden.size(), bars.getDataset().getColumnCount());
      }
      assertEquals(hidden, c.notShown());
      assertTrue(captions(c).contains(caption), captions(c) + " lacks " + caption);
    }
  }

  @Test
  void trendLineHasAGapForAYearWithoutPublishedValue() {
    PlottedChart trend =
        chart(
            evaluation.charts(),
            "Basisschool in de eigen wijk: gemeente, met 95%-betrouwbaarheidsinterval");
    org.jfree.data.xy.XYDataset data =
        ((org.jfree.chart.plot.XYPlot) trend.chart().getPlot()).getDataset();
    // 2021-2022 (x 0) and 2023-2024 (x 2) are published, 2022-2023 (x 1) is not: two separate
    // points, no line across.
    assertEquals(2, data.getSeriesCount());
    for (int s = 0; s < data.getSeriesCount(); s++) {
      assertEquals(1, data.getItemCount(s), "a line drawn across the gap");
      assertTrue(data.getXValue(s, 0) != 1, "the suppressed year is drawn");
    }
    assertTrue(
        captions(trend)
            .contains("De lijn is onderbroken waar de waarde niet gepubliceerd is (x): 2022-2023"),
        captions(trend).toString());
  }

  @Test
  void spineShowsXForTheWijkAndCountsTheWijkenLeftOut() {
    nl.leamonitor.reports.charts.SpineChart.Line vve =
        neighbourhoods.spines().get("WK000004").stream()
            .filter(l -> l.label().equals("VVE-bereik doelgroepkinderen"))
            .findFirst()
            .orElseThrow();
    long hidden =
        published.stream()
            .filter(
                r ->
                    r.indicator().equals("I09_vve_bereik")
                        && r.schooljaar().equals(Schooljaar.of("2023-2024"))
                        && !r.isGemeente()
                        && r.onderdrukt())
            .count();
    assertEquals(null, vve.wijk());
    assertEquals("x", vve.note());
    assertEquals(hidden, vve.notShown());
  }

  @Test
  void sameInputSameTextAndMetadata() throws Exception {
    ReportInput input =
        new ReportInput(
            "Teststad",
            new Periode(2024, Periode.Half.NAJAAR),
            LocalDate.of(2024, 11, 15),
            K,
            published,
            List.of(new Skipped("I04_vsv_percentage", List.of(Dataset.VSV))),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(new Target("I06_overgang_po_vo", 97, true, Schooljaar.of("2029-2030"))),
            List.of(new InputFile("inschrijvingen.csv", "0123456789abcdef" + "0".repeat(48), 1234)),
            "test",
            List.of(new SmallNumberProtection.Cost("I06_overgang_po_vo", 3, 2)));
    new EvaluationReport(input).write(temp.resolve("rapport2.pdf"), new ReportFonts());
    assertEquals(rapportText, text(temp.resolve("rapport2.pdf")));
    try (PDDocument doc = Loader.loadPDF(temp.resolve("rapport.pdf").toFile())) {
      PDDocumentInformation info = doc.getDocumentInformation();
      assertEquals("Voortgangsrapportage LEA Teststad - najaar 2024", info.getTitle());
      assertTrue(info.getAuthor().startsWith("LEA Monitor"));
      assertEquals(2024, info.getCreationDate().get(java.util.Calendar.YEAR));
      assertEquals(
          java.util.Calendar.NOVEMBER, info.getCreationDate().get(java.util.Calendar.MONTH));
      assertTrue(doc.getDocumentCatalog().getDocumentOutline() != null, "bookmarks");
      assertTrue(doc.getNumberOfPages() > 5);
    }
  }

  @Test
  void noHeadingIsTheLastLineOfAPage() throws IOException {
    PdfLayoutTest.assertNoHeadingEndsAPage(new PdfLines(temp.resolve("rapport.pdf")));
    PdfLayoutTest.assertNoHeadingEndsAPage(new PdfLines(temp.resolve("wijkvergelijking.pdf")));
  }

  /**
   * A page never holds only a stray caption or note: every page after the cover has at least 3 body
   * lines (the wijk profile's explanation once spilled onto a page of its own).
   */
  @Test
  void noPageHoldsOnlyACaption() throws IOException {
    for (String name : List.of("rapport.pdf", "wijkvergelijking.pdf")) {
      PdfLines lines = new PdfLines(temp.resolve(name));
      for (int p = 2; p <= lines.pageCount(); p++) {
        List<PdfLines.Line> body = lines.body(p);
        assertTrue(body.size() >= 3, name + " page " + p + " holds only " + body);
      }
    }
  }

  @Test
  void tableHeadersAndWijkNamesStandWholeOnOneLine() throws IOException {
    PdfLines rapport = new PdfLines(temp.resolve("rapport.pdf"));
    int summary = rapport.pageStartingWith("Samenvatting");
    for (String header :
        List.of(
            "Indicator",
            "Schooljaar",
            "Gemeente",
            "95%-interval",
            "vorig",
            "Trend",
            "Doel",
            "Status",
            "63,9 - 76,9 %")) {
      assertTrue(rapport.onOneLine(summary, header), "summary: " + header);
    }
    int definitions = rapport.pageStartingWith("Bijlage B");
    for (String header : List.of("Code", "Indicator", "Definitie", "Eenheid", "Richting")) {
      assertTrue(rapport.onOneLine(definitions, header), "appendix B: " + header);
    }
    PdfLines wijk = new PdfLines(temp.resolve("wijkvergelijking.pdf"));
    int overview = wijk.pageStartingWith("Overzicht");
    assertTrue(overview > 0, "an overview page");
    for (String name : WIJKEN.values()) {
      assertTrue(wijk.onOneLine(overview, name), "overview: " + name);
      int profile = wijk.pageStartingWith(name);
      for (String header : List.of("Indicator", "2021-2022", "2023-2024", "95%-interval")) {
        assertTrue(wijk.onOneLine(profile, header), name + "'s profile: " + header);
      }
    }
    for (String header : List.of("Inwoners", "Leerlingen", "studenten")) {
      assertTrue(wijk.onOneLine(overview, header), "overview: " + header);
    }
  }

  @Test
  void bothDocumentsAreDutchWithXmpMetadata() throws IOException {
    for (String name : List.of("rapport.pdf", "wijkvergelijking.pdf")) {
      try (PDDocument doc = Loader.loadPDF(temp.resolve(name).toFile())) {
        assertEquals("nl-NL", doc.getDocumentCatalog().getLanguage(), name);
        String xmp =
            new String(
                doc.getDocumentCatalog().getMetadata().toByteArray(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xmp.contains("LEA Teststad - najaar 2024"), name + ": " + xmp);
      }
    }
  }

  @Test
  void theOverviewShowsEveryWijkOnEveryIndicatorWithItsSize() {
    // By hand from the fixture, 2023-2024: I06 vo / cohort, I09 teller / noemer, I11 42 / 60 ...
    // Noordwijk: 211 / 220 = 95,9; 169 / 197 = 85,8; 42 / 60 = 70,0. Its I09 holds at 99,8 %:
    // Wilson with z = 3.0902 on 169 / 197 gives (0.8579 + 0.02424 -+ 3.0902 * 0.026083) / 1.04847
    // = 76,4 - 91,8 %, above the gemeente's 73,7: **. No other cell differs at 95 %.
    // Oostbroek: 187 / 193 = 96,9; 133 / 181 = 73,5; 36 / 50 = 72,0.
    // Zuiderpark: 176 / 184 = 95,7; I09 x (97 / 163 hidden as Westhove's partner); 31 / 45 = 68,9.
    // Westhove: 143 / 148 = 96,6; I09 x (noemer 3); 22 / 30 = 73,3; 3 inhabitants: x.
    // Gemeente: 717 / 745 = 96,2; 401 / 544 = 73,7; 131 / 185 = 70,8; inhabitants x, as
    // Westhove's 3 would follow from the total. No I01 in the fixture: pupils -.
    String overview = pageStartingWith(wijkPages, "Overzicht");
    for (String row :
        List.of(
            "Noordwijk 1.234 - 95,9 85,8 ** 70,0",
            "Oostbroek 987 - 96,9 73,5 72,0",
            "Zuiderpark 1.500 - 95,7 x 68,9",
            "Westhove x - 96,6 x 73,3",
            "Teststad x - 96,2 73,7 70,8")) {
      assertTrue(overview.contains(row), row + " in " + overview);
    }
    assertTrue(
        overview.contains("Overgang groep 8 naar VO (%): hoger is beter 2023-2024"), overview);
    assertTrue(overview.contains("Inwoners 0-23 jaar: op 1 oktober van schooljaar 2023-2024."));
  }

  @Test
  void theGemeentesInhabitantsHideAWijkWithoutRows() {
    // Every wijk of the table has k or more inhabitants 0-23 (1234, 987, 1500, 8), but WK000009
    // has 2 and no published row, so no line of its own: the total 3.731 less the four shown
    // (3.729) would give its 2 away. The gemeente's total is x.
    List<nl.leamonitor.analytics.compute.WijkInhabitants> inhabitants = new ArrayList<>();
    for (Object[] w :
        new Object[][] {
          {"WK000001", 1234L},
          {"WK000002", 987L},
          {"WK000003", 1500L},
          {"WK000004", 8L},
          {"WK000009", 2L}
        }) {
      inhabitants.add(
          new nl.leamonitor.analytics.compute.WijkInhabitants(
              new Schooljaar(2023), (String) w[0], (Long) w[1]));
    }
    List<List<String>> rows =
        new WijkOverview(input, new PublishedTable(published), List.of(), inhabitants).rows();
    assertEquals(List.of("Gemeente Teststad", "x", "-"), rows.get(0));
    assertEquals(List.of("Westhove", "8", "-"), rows.get(4));
    assertEquals(5, rows.size(), "the gemeente and the four wijken of the table");
  }

  @Test
  void theReadingGuideNamesTheMarkTheTablesShowAndNoMethodsJargon() {
    // The profile tables write "slechter **", not "ook bij 99,8 %"; the guide must say so, and in
    // plain words: no author names of methods, no file names.
    String guide = wijkPages.get(0);
    assertTrue(
        guide.contains(
            "In de tabellen staat dan ** achter het oordeel, in de grafieken ** achter de naam"
                + " van de wijk. Bij minder dan 30 personen in een wijk rust het oordeel op exacte"
                + " grenzen, omdat het gewone interval bij zo weinig kinderen te smal kan"
                + " uitvallen;"),
        guide);
    for (String jargon :
        List.of("'ook bij 99,8 %'", "Clopper", "Public Health England", "indicatoren.csv")) {
      assertFalse(wijkText.contains(jargon), jargon);
    }
  }

  @Test
  void anOutcomeHasOneColourInEveryChart() {
    PlottedChart outcomes =
        chart(
            evaluation.charts(),
            "Overgang groep 8 naar VO: waar het cohort van 2023-2024 een jaar later is");
    List<org.jfree.chart.plot.CategoryPlot> panels =
        ((org.jfree.chart.plot.CombinedDomainCategoryPlot) outcomes.chart().getPlot())
            .getSubplots();
    List<String> codes = List.of("vo", "vso", "po_so", "niet_gevonden");
    for (int i = 0; i < panels.size(); i++) {
      assertEquals(
          nl.leamonitor.reports.charts.Labels.outcome(codes.get(i)),
          panels.get(i).getRenderer().getSeriesPaint(0),
          codes.get(i));
    }
    // The same outcome of another transition has the same colour; different outcomes differ.
    java.util.Map<java.awt.Color, String> byColour = new java.util.HashMap<>();
    for (Indicator indicator : IndicatorCatalogue.ALL) {
      for (String outcome :
          indicator.transition().map(t -> t.outcomes()).orElse(List.<String>of())) {
        String before =
            byColour.putIfAbsent(nl.leamonitor.reports.charts.Labels.outcome(outcome), outcome);
        assertTrue(before == null || before.equals(outcome), before + " and " + outcome);
      }
    }
    assertEquals(
        11,
        byColour.size(),
        "vo, vso, po_so, mbo, hbo, niet_gevonden, boven_advies, binnen_advies, onder_advies,"
            + " met_startkwalificatie, zonder_startkwalificatie: "
            + byColour);
    assertFalse(
        byColour.containsKey(new java.awt.Color(0x99, 0x99, 0x99)),
        "no outcome has the grey of an outcome without a colour: " + byColour);
  }
}
