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
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.compute.Cell;
import nl.leamonitor.analytics.protect.SmallNumberProtection;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.analytics.publish.IndicatorTable;
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
 * Both PDFs tested on what a reader sees: their extracted text, the data behind every chart,
 * and that no suppressed number shows up. The table is built and protected as a run would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsTest {
  private static final int K = 5;
  private static final SortedMap<String, String> WIJKEN = new TreeMap<>(java.util.Map.of(
      "WK000001", "Noordwijk", "WK000002", "Oostbroek", "WK000003", "Zuiderpark", "WK000004", "Westhove"));

  @TempDir static Path temp;
  private List<IndicatorRow> published;
  private List<IndicatorRow> unprotected;
  private EvaluationReport evaluation;
  private NeighbourhoodReport neighbourhoods;
  private String rapportText;
  private String wijkText;

  @BeforeAll
  void render() throws Exception {
    List<IndicatorRow> rows = new ArrayList<>();
    for (int year = 2021; year <= 2023; year++) {
      String sj = year + "-" + (year + 1);
      int shift = year - 2021;
      // I09: Westhove's noemer 3 is below k; the suppressor hides a partner too.
      rows.addAll(IndicatorTable.build(IndicatorCatalogue.byId("I09_vve_bereik"), List.of(
          new Cell(sj, "WK000001", "totaal", null, 151 + 9 * shift, 197L),
          new Cell(sj, "WK000002", "totaal", null, 133, 181L),
          new Cell(sj, "WK000003", "totaal", null, 97, 163L),
          new Cell(sj, "WK000004", "totaal", null, 2, 3L)), WIJKEN, "GM0001", "Teststad"));
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
      rows.addAll(IndicatorTable.build(IndicatorCatalogue.byId("I06_overgang_po_vo"), i06, WIJKEN, "GM0001", "Teststad"));
    }
    unprotected = rows;
    published = IndicatorTable.compare(SmallNumberProtection.protect(rows, K).rows());
    ReportInput input = new ReportInput("Teststad", "najaar 2024", LocalDate.of(2024, 11, 15), K, published,
        List.of("I04_vsv_percentage: niet berekend, niet aangeleverd: vsv*.csv"), List.of(), List.of(),
        List.of(new Target("I06_overgang_po_vo", 97, true, "2029-2030")), List.<String[]>of(new String[] {"inschrijvingen.csv", "0123456789abcdef", "1234"}),
        "test");
    ReportFonts fonts = new ReportFonts();
    evaluation = new EvaluationReport(input);
    evaluation.write(temp.resolve("rapport.pdf"), fonts);
    neighbourhoods = new NeighbourhoodReport(input);
    neighbourhoods.write(temp.resolve("wijkvergelijking.pdf"), fonts);
    rapportText = text(temp.resolve("rapport.pdf"));
    wijkText = text(temp.resolve("wijkvergelijking.pdf"));
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void bothReportsNameEveryIndicatorWijkAndThePeriod() {
    for (String text : List.of(rapportText, wijkText)) {
      assertTrue(text.contains("najaar 2024"), "period");
      for (String wijk : WIJKEN.values()) {
        assertTrue(text.contains(wijk), wijk);
      }
    }
    for (Indicator indicator : IndicatorCatalogue.ALL) {
      assertTrue(rapportText.contains(indicator.label()), indicator.label());
    }
    assertTrue(wijkText.contains("VVE-bereik doelgroepkinderen"));
    assertTrue(wijkText.contains("Overgang groep 8 naar VO"));
  }

  @Test
  void missingDataIsExplainedOnThePage() {
    assertTrue(rapportText.contains("Niet berekend: niet aangeleverd: vsv*.csv. Lever dit bestand aan om deze indicator te krijgen."));
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
    }
  }

  @Test
  void noSuppressedValueAppearsInTheText() {
    // Protection keeps the row order, so published row i is unprotected row i. A suppressed value
    // that happens to equal some published value cannot be told apart in the text, so it is skipped.
    java.util.Set<String> publishedValues = new java.util.HashSet<>();
    for (IndicatorRow r : published) {
      if (!r.onderdrukt()) {
        publishedValues.add(DutchFormat.value(IndicatorCatalogue.byId(r.indicator()), r.waarde()));
      }
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
      for (String text : List.of(rapportText, wijkText)) {
        assertFalse(text.contains(value), "suppressed value " + value + " of " + original);
      }
      checked++;
    }
    assertTrue(checked > 10, "suppressed rows checked: " + checked);
    assertTrue(rapportText.contains("<5") && wijkText.contains("<5"));
  }

  @Test
  void sameInputSameTextAndMetadata() throws Exception {
    ReportInput input = new ReportInput("Teststad", "najaar 2024", LocalDate.of(2024, 11, 15), K, published,
        List.of("I04_vsv_percentage: niet berekend, niet aangeleverd: vsv*.csv"), List.of(), List.of(),
        List.of(new Target("I06_overgang_po_vo", 97, true, "2029-2030")), List.<String[]>of(new String[] {"inschrijvingen.csv", "0123456789abcdef", "1234"}),
        "test");
    new EvaluationReport(input).write(temp.resolve("rapport2.pdf"), new ReportFonts());
    assertEquals(rapportText, text(temp.resolve("rapport2.pdf")));
    try (PDDocument doc = Loader.loadPDF(temp.resolve("rapport.pdf").toFile())) {
      PDDocumentInformation info = doc.getDocumentInformation();
      assertEquals("Voortgangsrapportage LEA Teststad - najaar 2024", info.getTitle());
      assertTrue(info.getAuthor().startsWith("LEA Monitor"));
      assertEquals(2024, info.getCreationDate().get(java.util.Calendar.YEAR));
      assertEquals(java.util.Calendar.NOVEMBER, info.getCreationDate().get(java.util.Calendar.MONTH));
      assertTrue(doc.getDocumentCatalog().getDocumentOutline() != null, "bookmarks");
      assertTrue(doc.getNumberOfPages() > 5);
    }
  }
}
