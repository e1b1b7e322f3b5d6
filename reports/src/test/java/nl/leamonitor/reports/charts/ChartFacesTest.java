package nl.leamonitor.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.compute.Cell;
import nl.leamonitor.analytics.publish.IndicatorTable;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.Judgement;
import nl.leamonitor.reports.PublishedTable;
import nl.leamonitor.reports.pdf.PdfReportWriter;
import nl.leamonitor.reports.pdf.ReportFonts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What charts promise in their titles and draw: counts, zeros, axes from 0. */
class ChartFacesTest {
  private static final SortedMap<String, String> WIJKEN =
      new TreeMap<>(java.util.Map.of("WK000001", "Stadscentrum", "WK000002", "Buitengebied"));

  @TempDir Path temp;

  private static PublishedTable table(Indicator indicator, List<Cell> cells) {
    return new PublishedTable(
        IndicatorTable.compare(IndicatorTable.build(indicator, cells, WIJKEN, "GM0001", "Stad")));
  }

  /** Leerlingen: Stadscentrum 700 PO + 500 VO, Buitengebied 500 PO + 300 VO, in two years. */
  private static PublishedTable pupils() {
    List<Cell> cells = new ArrayList<>();
    for (Schooljaar year : List.of(new Schooljaar(2022), new Schooljaar(2023))) {
      cells.add(new Cell(year, "WK000001", "totaal", null, 1200, null));
      cells.add(new Cell(year, "WK000001", "sector", "PO", 700, null));
      cells.add(new Cell(year, "WK000001", "sector", "VO", 500, null));
      cells.add(new Cell(year, "WK000002", "totaal", null, 800, null));
      cells.add(new Cell(year, "WK000002", "sector", "PO", 500, null));
      cells.add(new Cell(year, "WK000002", "sector", "VO", 300, null));
    }
    return table(IndicatorCatalogue.byId("I01_leerlingen"), cells);
  }

  @Test
  void aCountsTrendPromisesNoIntervalAndStartsAtZero() {
    PlottedChart trend = TrendChart.of(IndicatorCatalogue.byId("I01_leerlingen"), pupils());
    assertEquals(
        "Leerlingen en studenten: gemeente per schooljaar", trend.chart().getTitle().getText());
    assertEquals(0, ((XYPlot) trend.chart().getPlot()).getRangeAxis().getLowerBound());
  }

  @Test
  void aCountsWijkBarsHaveNoGemeenteLineAndNoWhiskers() {
    PlottedChart bars =
        WijkBarChart.of(
            IndicatorCatalogue.byId("I01_leerlingen"),
            pupils(),
            new Schooljaar(2023),
            null,
            false,
            "Leerlingen en studenten: de wijken in 2023-2024");
    CategoryPlot plot = (CategoryPlot) bars.chart().getPlot();
    // The gemeente's 2.000 is the sum of the wijken: no reference line beside them.
    assertTrue(
        plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND) == null
            || plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).isEmpty());
    for (int i = 0; i < bars.chart().getSubtitleCount(); i++) {
      if (bars.chart().getSubtitle(i) instanceof TextTitle t) {
        assertFalse(t.getText().contains("streepjes"), t.getText());
        assertFalse(t.getText().contains("stippellijn"), t.getText());
      }
    }
  }

  /** I09 where nobody qualifies: 0 of 400 and 0 of 300 in both wijken. */
  private static PublishedTable zeros() {
    List<Cell> cells = new ArrayList<>();
    for (Schooljaar year : List.of(new Schooljaar(2022), new Schooljaar(2023))) {
      cells.add(new Cell(year, "WK000001", "totaal", null, 0, 400L));
      cells.add(new Cell(year, "WK000002", "totaal", null, 0, 300L));
    }
    return table(IndicatorCatalogue.byId("I09_vve_bereik"), cells);
  }

  @Test
  void aWijkAtZeroShowsAMarkAndItsValue() throws Exception {
    Indicator indicator = IndicatorCatalogue.byId("I09_vve_bereik");
    PlottedChart bars =
        WijkBarChart.of(indicator, zeros(), new Schooljaar(2023), null, false, "Nul");
    // Drawn: inside the plot, the colour of the judgement (gelijk: 0 against a gemeente of 0).
    BufferedImage image = new BufferedImage(500, 300, BufferedImage.TYPE_INT_RGB);
    ChartRenderingInfo info = new ChartRenderingInfo();
    bars.chart().draw(image.createGraphics(), new Rectangle2D.Double(0, 0, 500, 300), info);
    Rectangle2D plot = info.getPlotInfo().getDataArea();
    int grey = Judgement.GELIJK.color().getRGB();
    int marks = 0;
    for (int x = (int) plot.getMinX(); x < plot.getMaxX(); x++) {
      for (int y = (int) plot.getMinY(); y < plot.getMaxY(); y++) {
        if (image.getRGB(x, y) == grey) {
          marks++;
        }
      }
    }
    assertTrue(marks > 0, "no mark at 0 in the plot");
    // Written: each wijk's value, 0,0, beside its bar (read back from a PDF).
    Path pdf = temp.resolve("nul.pdf");
    try (PdfReportWriter w =
        new PdfReportWriter(pdf, new ReportFonts(), "t", "t", LocalDate.of(2025, 6, 30), "x")) {
      w.chart(bars.chart(), 200);
    }
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      text = new PDFTextStripper().getText(doc);
    }
    // Two labels of their own (the subtitle's "gemeente 0,0 %" aside).
    assertEquals(2, text.lines().filter(l -> l.strip().equals("0,0")).count(), text);
  }

  @Test
  void aShareTrendStartsAtZero() {
    List<Cell> cells = new ArrayList<>();
    for (Schooljaar year : List.of(new Schooljaar(2022), new Schooljaar(2023))) {
      cells.add(new Cell(year, "WK000001", "totaal", null, 380, 400L));
      cells.add(new Cell(year, "WK000002", "totaal", null, 290, 300L));
    }
    PlottedChart trend =
        TrendChart.of(
            IndicatorCatalogue.byId("I09_vve_bereik"),
            table(IndicatorCatalogue.byId("I09_vve_bereik"), cells));
    // 670 / 700 = 95,7 %: the axis runs from 0 to 100, not from 94.
    assertEquals(0, ((XYPlot) trend.chart().getPlot()).getRangeAxis().getLowerBound());
    assertEquals(100, ((XYPlot) trend.chart().getPlot()).getRangeAxis().getUpperBound());
  }

  /**
   * The 95 % limits of a funnel are drawn as one dashed path each (drawn piece by piece, the dash
   * pattern restarts on each of the 120 short pieces and the line looks solid). I09: Stadscentrum
   * 300 of 400 (75 %), Buitengebied 90 of 100 (90 %), gemeente 78 %.
   */
  @Test
  void aFunnelsNinetyFivePercentLimitsAreOneDashedPath() {
    Indicator i09 = IndicatorCatalogue.byId("I09_vve_bereik");
    List<Cell> cells =
        List.of(
            new Cell(new Schooljaar(2023), "WK000001", "totaal", null, 300, 400L),
            new Cell(new Schooljaar(2023), "WK000002", "totaal", null, 90, 100L));
    PlottedChart funnel = FunnelChart.of(i09, table(i09, cells), new Schooljaar(2023));
    org.jfree.chart.renderer.xy.XYLineAndShapeRenderer lines =
        (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer)
            ((XYPlot) funnel.chart().getPlot()).getRenderer(1);
    assertTrue(lines.getDrawSeriesLineAsPath());
    for (int s = 1; s <= 2; s++) {
      java.awt.BasicStroke stroke = (java.awt.BasicStroke) lines.getSeriesStroke(s);
      assertTrue(stroke.getDashArray() != null && stroke.getDashArray()[1] >= 3, "dashed " + s);
    }
    assertEquals(null, ((java.awt.BasicStroke) lines.getSeriesStroke(3)).getDashArray());
  }

  /**
   * Names sit next to their dots: two wijken close together (dots 8 points apart) each get a name
   * that touches no other name or dot and lies within the gap of 5 points of its own dot, inside
   * the plot.
   */
  @Test
  void funnelNamesSitNextToTheirDots() {
    Rectangle2D area = new Rectangle2D.Double(0, 0, 200, 100);
    List<java.awt.geom.Point2D> dots =
        List.of(
            new java.awt.geom.Point2D.Double(100, 50), new java.awt.geom.Point2D.Double(108, 50));
    List<Rectangle2D> boxes =
        FunnelChart.NameLabels.place(
            dots, List.of(false, false), List.of(30.0, 30.0), 8, dots, area);
    for (int i = 0; i < 2; i++) {
      assertTrue(
          FunnelChart.NameLabels.distance(boxes.get(i), dots.get(i))
              <= FunnelChart.NameLabels.GAP + 0.01,
          "name " + i + " at " + boxes.get(i));
      assertTrue(area.contains(boxes.get(i)));
      for (java.awt.geom.Point2D d : dots) {
        assertFalse(boxes.get(i).intersects(d.getX() - 3, d.getY() - 3, 6, 6), "covers a dot");
      }
    }
    assertFalse(boxes.get(0).intersects(boxes.get(1)));
    // The first name would cover the second dot on its right (105 to 137 over 105 to 111): it
    // goes to the left of its dot, ending at 95; the second goes right of its own, from 113.
    assertEquals(95, boxes.get(0).getMaxX(), 1e-9);
    assertEquals(113, boxes.get(1).getMinX(), 1e-9);
  }

  /**
   * A spine chart's label that does not fit its column goes on two lines, whole, instead of being
   * cut ("Jongeren zonder startkwalificatie en zonder school ..." in the sample's profiles).
   */
  @Test
  void aLongSpineLabelIsShownWholeOnTwoLines() {
    java.awt.Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
    g.setFont(ReportFonts.awt(java.awt.Font.PLAIN, 7.5f));
    java.awt.FontMetrics metrics = g.getFontMetrics();
    String label = IndicatorCatalogue.byId("I16_rmc_jongeren_per_1000").label();
    double width = metrics.stringWidth(label) * 0.6;
    List<String> lines = SpineChart.labelLines(label, metrics, width);
    assertEquals(2, lines.size(), lines.toString());
    assertEquals(label, lines.get(0) + " " + lines.get(1));
    for (String line : lines) {
      assertTrue(metrics.stringWidth(line) <= width, line);
    }
    assertEquals(
        List.of("Voortijdig schoolverlaters"),
        SpineChart.labelLines("Voortijdig schoolverlaters", metrics, width));
  }
}
