package nl.leamonitor.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.publish.Comparison;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.geo.WijkBoundaries;
import nl.leamonitor.ingest.geo.WijkBoundariesReader;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.maps.ChoroplethMap;
import nl.leamonitor.reports.maps.MapFill;
import nl.leamonitor.reports.maps.WijkShapes;
import nl.leamonitor.reports.pdf.PdfReportWriter;
import nl.leamonitor.reports.pdf.ReportFonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A choropleth drawn from {@code maps/twee-wijken.geojson}: Noord a Polygon, Zuid a MultiPolygon of
 * two squares, Oost in wijken.csv without a shape, and a feature of a wijk of another gemeente. I04
 * (vsv, lower is better) in 2024-2025: the gemeente 10,0 % (9,0-11,0); Noord 5,0 % (4,0-6,0),
 * wholly below, so beter (blue); Zuid suppressed, so hatched with x; Oost 12,0 % (11,5-12,5),
 * slechter, but without a shape it is listed under the map.
 */
class WijkMapTest {
  private static final Schooljaar YEAR = new Schooljaar(2024);
  private static final String I04 = "I04_vsv_percentage";

  @TempDir Path temp;

  private WijkBoundaries boundaries;
  private PublishedTable table;

  private static IndicatorRow row(
      String type,
      String code,
      String name,
      Double value,
      Double low,
      Double high,
      Comparison comparison,
      boolean suppressed) {
    return new IndicatorRow(
        I04,
        YEAR,
        type,
        code,
        name,
        IndicatorRow.TOTAAL,
        null,
        suppressed ? null : 50L,
        suppressed ? null : 1000L,
        value,
        low,
        high,
        low == null ? null : low - 0.5,
        high == null ? null : high + 0.5,
        comparison,
        suppressed,
        false);
  }

  @BeforeEach
  void read() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/maps/twee-wijken.geojson")) {
      boundaries =
          WijkBoundariesReader.read(
              in, "referentie/wijken.geojson", Set.of("WK099901", "WK099902", "WK099903"));
    }
    table =
        new PublishedTable(
            List.of(
                row("gemeente", "GM0999", "Testgemeente", 10.0, 9.0, 11.0, null, false),
                row("wijk", "WK099901", "Noord", 5.0, 4.0, 6.0, Comparison.LAGER, false),
                row("wijk", "WK099902", "Zuid", null, null, null, null, true),
                row("wijk", "WK099903", "Oost", 12.0, 11.5, 12.5, Comparison.HOGER, false)));
  }

  private WijkShapes shapes() {
    return new WijkShapes(boundaries.shapes(), table.wijken());
  }

  private IndicatorMaps judged() {
    return IndicatorMaps.judged(
        table, IndicatorCatalogue.byId(I04), null, YEAR, "Voortijdig schoolverlaters");
  }

  @Test
  void theFillsFollowTheJudgementsAndTheUnknownFeatureIsIgnoredWithAWarning() {
    assertEquals(1, boundaries.warnings().size());
    assertEquals(List.of("WK099901", "WK099902"), shapes().codes());
    IndicatorMaps map = judged();
    assertEquals(Judgement.BETER.color(), map.fills().get("WK099901").color());
    assertEquals(MapFill.SUPPRESSED, map.fills().get("WK099902"));
    assertEquals(Judgement.SLECHTER.color(), map.fills().get("WK099903").color());
    assertEquals(List.of("Oost"), shapes().missing());
    assertEquals(
        List.of(
            "beter dan de gemeente",
            "niet significant anders",
            "slechter dan de gemeente",
            MapFill.SUPPRESSED_LABEL),
        map.legend().stream().map(MapFill::label).toList());
  }

  /**
   * Drawn onto an image: Noord's interior point is blue; inside both squares of Zuid (away from the
   * x) the pixels are the hatch's lines (a line every 3 points, 1 or 2 pixels wide where drawn
   * without anti-aliasing: a third to two thirds) and white between them; the x is black.
   */
  @Test
  void theDrawnMapShowsTheFillsTheHatchAndTheX() {
    BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 400, 300);
    Rectangle2D area = new Rectangle2D.Double(0, 0, 400, 300);
    IndicatorMaps map = judged();
    ChoroplethMap.paint(g, area, shapes(), map.fills(), IndicatorMaps.NO_FIGURE, map.legend());
    g.dispose();
    // The map's own rectangle, as paint lays it out: the legend (1 line) and 2 notes below it.
    Rectangle2D mapArea = new Rectangle2D.Double(0, 0, 400, 300 - (12 * 3 + 4));
    Point2D noord = shapes().anchor("WK099901", mapArea);
    assertEquals(
        Judgement.BETER.color().getRGB(), image.getRGB((int) noord.getX(), (int) noord.getY()));
    Point2D x = shapes().anchor("WK099902", mapArea);
    boolean black = false;
    for (int dx = -4; dx <= 4; dx++) {
      for (int dy = -4; dy <= 4; dy++) {
        black |= image.getRGB((int) x.getX() + dx, (int) x.getY() + dy) == Color.BLACK.getRGB();
      }
    }
    assertTrue(black, "x at Zuid's interior point");
    Shape zuid = shapes().draw(mapArea).get("WK099902");
    Rectangle2D bounds = zuid.getBounds2D();
    int[] hatch = new int[2];
    int[] white = new int[2];
    for (int px = (int) bounds.getMinX(); px < bounds.getMaxX(); px++) {
      for (int py = (int) bounds.getMinY(); py < bounds.getMaxY(); py++) {
        boolean inside = true;
        for (int d : new int[] {-3, 3}) {
          inside &= zuid.contains(px + 0.5 + d, py + 0.5) && zuid.contains(px + 0.5, py + 0.5 + d);
        }
        if (!inside || Math.abs(px - x.getX()) < 10 && Math.abs(py - x.getY()) < 10) {
          continue;
        }
        int part = px < bounds.getCenterX() ? 0 : 1;
        int rgb = image.getRGB(px, py);
        hatch[part] += rgb == ChoroplethMap.HATCH.getRGB() ? 1 : 0;
        white[part] += rgb == Color.WHITE.getRGB() ? 1 : 0;
      }
    }
    for (int part = 0; part < 2; part++) {
      double share = hatch[part] / (double) (hatch[part] + white[part]);
      assertTrue(share > 0.2 && share < 0.8, "part " + part + ": hatch share " + share);
    }
  }

  /** In a PDF, the text under the map: the key, the wijk without a shape, the credit, the x. */
  @Test
  void underTheMapInAPdfAreTheKeyTheMissingWijkAndTheCredit() throws Exception {
    Path pdf = temp.resolve("kaart.pdf");
    IndicatorMaps map = judged();
    try (PdfReportWriter writer =
        new PdfReportWriter(pdf, new ReportFonts(), "t", "t", LocalDate.of(2025, 6, 30), "x")) {
      writer.draw(
          (g, area) ->
              ChoroplethMap.paint(
                  g, area, shapes(), map.fills(), IndicatorMaps.NO_FIGURE, map.legend()),
          300,
          true);
    }
    String text;
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
    List<String> lines = text.lines().map(String::strip).toList();
    assertTrue(lines.contains("x"), text);
    assertTrue(lines.contains("Geen kaart (geen grens aangeleverd): Oost."), text);
    assertTrue(lines.contains("Bron: CBS/Kadaster, Wijk- en Buurtkaart 2024"), text);
    assertTrue(
        text.contains(
            "x = niet gepubliceerd (te weinig kinderen, of af te leiden uit andere cijfers)"),
        text);
  }

  /**
   * The count's classes: steps of 1, 2 or 5 times a power of ten, the top class holding the
   * largest.
   */
  @Test
  void niceSteps() {
    assertEquals(1000, IndicatorMaps.niceStep(725));
    assertEquals(200, IndicatorMaps.niceStep(101));
    assertEquals(5, IndicatorMaps.niceStep(4.2));
  }
}
