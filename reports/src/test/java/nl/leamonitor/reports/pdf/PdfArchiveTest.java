package nl.leamonitor.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The reports are archivable: {@link PdfReportWriter} writes PDF/A-1b (veraPDF finds no rule
 * broken), with an sRGB output intent, XMP that names part 1, conformance B and the language, and
 * transparent colours drawn as their opaque blend on white, with no transparent graphics state.
 */
class PdfArchiveTest {
  private static final ReportFonts FONTS = new ReportFonts();

  /** The band of TrendChart: Labels' blue #0072B2 at alpha 70 with the renderer's alpha 0.35. */
  private static final Color BAND = new Color(0x00, 0x72, 0xB2, 70);

  /** An interval marker, #E69F00, which JFreeChart draws with its default alpha 0.8. */
  private static final Color MARKER = new Color(0xE6, 0x9F, 0x00);

  @TempDir Path temp;

  private Path transparentDrawings() throws Exception {
    Path pdf = temp.resolve("archief.pdf");
    try (PdfReportWriter w =
        new PdfReportWriter(
            pdf, FONTS, "Archieftest", "PDF/A-1b", LocalDate.of(2025, 6, 30), "x = weggelaten")) {
      w.heading(1, "Doorzichtige kleuren");
      w.text("Een band, een markering en een lichte vulling.");
      w.draw(
          (g, area) -> {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.35f));
            g.setPaint(BAND);
            g.fill(new Rectangle2D.Double(10, 10, 100, 40));
            g.setComposite(AlphaComposite.SrcOver);
            g.setPaint(new Color(0x00, 0x4C, 0x80, 0x40));
            g.fill(new Rectangle2D.Double(120, 10, 100, 40));
            g.setPaint(Color.BLACK);
            g.drawString("tekst in de tekening", 10, 70);
          },
          80);
      w.chart(chartWithMarker(), 160);
    }
    return pdf;
  }

  private static JFreeChart chartWithMarker() {
    XYSeries series = new XYSeries("gemeente");
    series.add(2021, 10);
    series.add(2022, 14);
    series.add(2023, 12);
    XYPlot plot =
        new XYPlot(
            new XYSeriesCollection(series),
            new NumberAxis("schooljaar"),
            new NumberAxis("%"),
            new XYLineAndShapeRenderer());
    IntervalMarker marker = new IntervalMarker(11, 13);
    marker.setPaint(MARKER);
    assertEquals(0.8f, marker.getAlpha());
    plot.addRangeMarker(marker);
    plot.setBackgroundPaint(Color.WHITE);
    return new JFreeChart("Met markering", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
  }

  @Test
  void veraPdfFindsNoRuleOfPdfA1bBroken() throws Exception {
    PdfA1b result = PdfA1b.validate(transparentDrawings());
    System.out.println(result.summary("archief.pdf"));
    assertEquals(Map.of(), result.failedRules());
    assertEquals(1, result.pages());
    assertTrue(result.rules() > 100, "veraPDF's PDF/A-1b profile has over a hundred rules");
  }

  @Test
  void transparentColoursAreDrawnAsTheirBlendOnWhite() throws Exception {
    try (PDDocument doc = Loader.loadPDF(transparentDrawings().toFile())) {
      PDPage page = doc.getPage(0);
      Set<Color> fills = new LinkedHashSet<>();
      List<String> transparency = new ArrayList<>();
      walk(page.getResources(), fills, transparency, "pagina 1");
      assertNull(page.getCOSObject().getDictionaryObject(COSName.GROUP), "transparency group");
      assertEquals(List.of(), transparency);
      // By hand (OpaqueTest): the band, 70/255 * 0.35 = 24.5/255 of #0072B2 on white:
      // 231, 241, 248; #004C80 at 0x40: 191, 210, 223; the marker at 0.8: R 255 - 25 * 0.8 =
      // 235, G 255 - 96 * 0.8 = 178.2 -> 178, B 255 - 255 * 0.8 = 51.
      assertTrue(fills.contains(new Color(231, 241, 248)), "band: " + fills);
      assertTrue(fills.contains(new Color(191, 210, 223)), "light fill: " + fills);
      assertTrue(fills.contains(new Color(235, 178, 51)), "marker: " + fills);
      assertTrue(!fills.contains(MARKER), "the marker's own colour, unblended: " + fills);
    }
  }

  @Test
  void outputIntentXmpAndLanguageSayWhatTheDocumentIs() throws Exception {
    try (PDDocument doc = Loader.loadPDF(transparentDrawings().toFile())) {
      assertEquals("1.4", String.valueOf(doc.getVersion()));
      assertEquals("nl-NL", doc.getDocumentCatalog().getLanguage());
      List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
      assertEquals(1, intents.size());
      PDOutputIntent intent = intents.get(0);
      assertEquals("sRGB IEC61966-2.1", intent.getOutputConditionIdentifier());
      assertEquals(
          COSName.getPDFName("GTS_PDFA1"), intent.getCOSObject().getDictionaryObject(COSName.S));
      assertNotNull(intent.getDestOutputIntent(), "the ICC profile");
      // The JDK's sRGB profile: ICC version 2, as PDF 1.4 and so PDF/A-1 allow, a monitor (mntr)
      // RGB
      // profile.
      byte[] icc;
      try (java.io.InputStream in = intent.getDestOutputIntent().createInputStream()) {
        icc = in.readAllBytes();
      }
      assertEquals(2, icc[8]);
      assertEquals("mntrRGB ", new String(icc, 12, 8, java.nio.charset.StandardCharsets.US_ASCII));

      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document xmp =
          factory
              .newDocumentBuilder()
              .parse(
                  new ByteArrayInputStream(doc.getDocumentCatalog().getMetadata().toByteArray()));
      String pdfaid = "http://www.aiim.org/pdfa/ns/id/";
      String dc = "http://purl.org/dc/elements/1.1/";
      assertEquals("1", xmp.getElementsByTagNameNS(pdfaid, "part").item(0).getTextContent());
      assertEquals("B", xmp.getElementsByTagNameNS(pdfaid, "conformance").item(0).getTextContent());
      assertEquals(
          "nl-NL", xmp.getElementsByTagNameNS(dc, "language").item(0).getTextContent().strip());
      assertEquals(
          "Archieftest", xmp.getElementsByTagNameNS(dc, "title").item(0).getTextContent().strip());
    }
  }

  /**
   * Collects the fill colours ({@code rg}) of every form in the resources, and any transparency: a
   * graphics state with an alpha below 1 or a soft mask, a form with a transparency group.
   */
  private static void walk(
      PDResources resources, Set<Color> fills, List<String> transparency, String where)
      throws Exception {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getExtGStateNames()) {
      PDExtendedGraphicsState gs = resources.getExtGState(name);
      Float ca = gs.getNonStrokingAlphaConstant();
      Float strokeCa = gs.getStrokingAlphaConstant();
      if ((ca != null && ca < 1) || (strokeCa != null && strokeCa < 1)) {
        transparency.add(where + " " + name.getName() + ": ca " + ca + ", CA " + strokeCa);
      }
      if (gs.getCOSObject().getDictionaryObject(COSName.SMASK) != null) {
        transparency.add(where + " " + name.getName() + ": SMask");
      }
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        if (form.getGroup() != null) {
          transparency.add(where + " " + name.getName() + ": transparency group");
        }
        List<Object> tokens = new PDFStreamParser(form).parse();
        for (int i = 3; i < tokens.size(); i++) {
          if (tokens.get(i) instanceof Operator op && op.getName().equals("rg")) {
            fills.add(
                new Color(
                    channel(tokens.get(i - 3)),
                    channel(tokens.get(i - 2)),
                    channel(tokens.get(i - 1))));
          }
        }
        walk(form.getResources(), fills, transparency, where + " " + name.getName());
      } else if (x.getCOSObject().getDictionaryObject(COSName.SMASK) != null) {
        transparency.add(where + " " + name.getName() + ": image with SMask");
      }
    }
  }

  private static int channel(Object token) {
    return Math.round(((COSNumber) token).floatValue() * 255);
  }
}
