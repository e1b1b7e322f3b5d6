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
}
