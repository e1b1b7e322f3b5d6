package nl.leamonitor.reports.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leamonitor.analytics.publish.Comparison;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.geo.WijkBoundaries;
import nl.leamonitor.ingest.geo.WijkBoundariesReader;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.Periode;
import nl.leamonitor.reports.ReportInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web publication of the fixture of {@code WijkMapTest} ({@code maps/twee-wijken.geojson}): I04
 * (vsv, lower is better, ambition 3) in 2024-2025, the gemeente 10,0 % (9,0-11,0); Noord 5,0 %
 * (4,0-6,0), beter; Zuid suppressed; {@code Oost & <Hof>} 12,0 % (11,5-12,5), slechter, without a
 * shape. Zuid's row in the CSV has no figure, so no page may have one: it is {@code x} in every
 * cell, hatched on the map.
 */
class WebPublicationTest {
  private static final Schooljaar YEAR = new Schooljaar(2024);
  private static final String I04 = "I04_vsv_percentage";

  @TempDir Path temp;
  private List<Path> pages;

  private static IndicatorRow row(
      String type, String code, String name, Double value, Double low, Double high, boolean x) {
    return new IndicatorRow(
        I04,
        YEAR,
        type,
        code,
        name,
        IndicatorRow.TOTAAL,
        null,
        x ? null : 50L,
        x ? null : 1000L,
        value,
        low,
        high,
        low == null ? null : low - 0.5,
        high == null ? null : high + 0.5,
        x || "gemeente".equals(type) ? null : value < 10 ? Comparison.LAGER : Comparison.HOGER,
        x,
        false);
  }

  @BeforeEach
  void write() throws Exception {
    WijkBoundaries boundaries;
    try (InputStream in = getClass().getResourceAsStream("/maps/twee-wijken.geojson")) {
      boundaries =
          WijkBoundariesReader.read(
              in, "referentie/wijken.geojson", Set.of("WK099901", "WK099902", "WK099903"));
    }
    List<IndicatorRow> rows =
        List.of(
            row("gemeente", "GM0999", "Testgemeente", 10.0, 9.0, 11.0, false),
            row("wijk", "WK099901", "Noord", 5.0, 4.0, 6.0, false),
            row("wijk", "WK099902", "Zuid", null, null, null, true),
            row("wijk", "WK099903", "Oost & <Hof>", 12.0, 11.5, 12.5, false));
    ReportInput input =
        new ReportInput(
            "Testgemeente",
            new Periode(2025, Periode.Half.NAJAAR),
            LocalDate.of(2025, 12, 31),
            10,
            rows,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            "1.0-test",
            List.of());
    pages = new WebPublication(input, boundaries).write(temp.resolve("web"));
  }

  private String page(String name) throws Exception {
    return Files.readString(temp.resolve("web").resolve(name));
  }

  @Test
  void theOverviewAPagePerAmbitionWithFiguresAndAPagePerWijk() {
    assertEquals(
        List.of(
            "index.html",
            "ambitie-passende-plek.html",
            "wijk-WK099901.html",
            "wijk-WK099902.html",
            "wijk-WK099903.html"),
        pages.stream().map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void everyPageIsDutchSelfContainedAndHasItsLandmarks() throws Exception {
    for (Path p : pages) {
      String html = Files.readString(p);
      String name = p.getFileName().toString();
      assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"), name);
      assertTrue(html.contains("<nav aria-label=\"Onderdelen\">"), name);
      assertTrue(html.contains("<main id=\"inhoud\" tabindex=\"-1\">"), name);
      assertEquals(1, count(html, "<h1>"), name);
      // No request leaves the file: no script, stylesheet, image or font from elsewhere; the only
      // address is the SVG namespace, which is a name, not a request.
      String rest = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
      for (String forbidden : List.of("http:", "https:", "src=", "<link", "<script", "@import")) {
        assertFalse(rest.contains(forbidden), name + " contains " + forbidden);
      }
      assertEquals(count(html, "url("), count(html, "url(#"), name + ": only url(#...) in a page");
      // Every table is named and every header cell has its scope.
      assertEquals(count(html, "<table>"), count(html, "<table><caption>"), name);
      assertEquals(0, count(html, "<th>"), name);
      assertEquals(count(html, "<th "), count(html, "<th scope=\""), name);
      assertTrue(count(html, "<th scope=\"col\">") >= 2, name);
    }
  }

  @Test
  void theAmbitionPageShowsTheCsvFiguresAndXWhereTheCsvHasNone() throws Exception {
    String html = page("ambitie-passende-plek.html");
    assertTrue(
        html.contains(
            "<tr><th scope=\"row\"><a href=\"wijk-WK099901.html\">Noord</a></th>"
                + "<td class=\"getal\">5,0 %</td><td class=\"getal\">4,0 - 6,0 %</td>"
                + "<td>beter dan de gemeente</td></tr>"),
        html);
    assertTrue(
        html.contains(
            "<tr><th scope=\"row\"><a href=\"wijk-WK099902.html\">Zuid</a></th>"
                + "<td class=\"getal\">x</td><td class=\"getal\">x</td><td>x</td></tr>"));
    assertTrue(
        html.contains(
            "<a href=\"wijk-WK099903.html\">Oost &amp; &lt;Hof&gt;</a></th>"
                + "<td class=\"getal\">12,0 %</td><td class=\"getal\">11,5 - 12,5 %</td>"
                + "<td>slechter dan de gemeente</td></tr>"));
    assertTrue(
        html.contains(
            "<p class=\"klein\">x = niet gepubliceerd: te weinig kinderen, of af te leiden uit"
                + " andere cijfers. Zo blijft niemand herkenbaar; de cijfers zijn dezelfde als in"
                + " indicatoren.csv.</p>"));
  }

  @Test
  void theMapIsAnSvgWithATextAlternativeItsFillsHatchKeyMissingWijkAndCredit() throws Exception {
    String html = page("ambitie-passende-plek.html");
    assertEquals(1, count(html, "<svg "));
    assertTrue(html.contains("role=\"img\""));
    assertTrue(html.contains("aria-labelledby=\"kaart1-titel kaart1-uitleg\""));
    assertTrue(
        html.contains(
            "<title id=\"kaart1-titel\">Voortijdig schoolverlaters, 2024-2025, per wijk</title>"),
        html);
    // Noord blue (beter), Zuid hatched with its x on a white patch; Oost has no shape.
    assertEquals(1, count(html, "fill=\"#0072b2\" stroke"));
    assertEquals(1, count(html, "fill=\"url(#kaart1-arcering)\""));
    assertEquals(1, count(html, "font-weight=\"bold\" fill=\"#000000\">x</text>"));
    assertTrue(
        html.contains("<li><span class=\"staal\" style=\"background:#0072b2\"></span>beter"));
    assertTrue(html.contains("x = niet gepubliceerd (kleine aantallen)</li>"));
    assertTrue(
        html.contains(
            "<p class=\"klein\">Geen kaart (geen grens aangeleverd): Oost &amp; &lt;Hof&gt;.</p>"));
    assertTrue(
        html.contains("<p class=\"klein\">Bron: CBS/Kadaster, Wijk- en Buurtkaart 2024</p>"));
  }

  @Test
  void aWijkPageLocatesTheWijkOrSaysItHasNoMap() throws Exception {
    String zuid = page("wijk-WK099902.html");
    assertTrue(zuid.contains("<h1>Wijk Zuid</h1>"));
    assertTrue(
        zuid.contains("<title id=\"ligging-titel\">Ligging van Zuid in Testgemeente</title>"));
    assertTrue(
        zuid.contains(
            "<td>2024-2025</td><td class=\"getal\">x</td><td class=\"getal\">10,0 %</td>"
                + "<td>x</td></tr>"),
        zuid);
    String oost = page("wijk-WK099903.html");
    assertFalse(oost.contains("<svg"));
    assertTrue(oost.contains("<p>Geen kaart van deze wijk: er is geen grens aangeleverd.</p>"));
    assertTrue(oost.contains("<title>Wijk Oost &amp; &lt;Hof&gt; - LEA Monitor Testgemeente"));
  }

  private static int count(String text, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
