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
import nl.leamonitor.reports.Target;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web publication of the fixture of {@code WijkMapTest} ({@code maps/twee-wijken.geojson}): I04
 * (vsv, lower is better, ambition 3) in 2024-2025, the gemeente 10,0 % (9,0-11,0, at 99,8 %
 * 8,5-11,5) of 50 in 1.000; Noord 5,0 % (4,0-6,0; 3,5-6,5), beter, also at 99,8 %; Zuid suppressed;
 * {@code Oost & <Hof>} 12,0 % (11,5-12,5; 11,0-13,0), slechter, also at 99,8 %, without a shape.
 * Zuid's row in the CSV has no figure, so no page may have one: it is {@code x} in every cell,
 * hatched on the map, without bar or dot in a chart. The gemeente's 2025-2026 is voorlopig, 9,5 %
 * (8,5-10,5); the stuurgroep's target is at most 8,0 % in 2029-2030.
 *
 * <p>The funnel by hand: its centre is the gemeente's teller over noemer, 50 / 1.000 = 5 %; Noord
 * (5,0 % of 1.000) lies on it, within the 95 % limits; Oost (12,0 % of 1.000) lies far above even
 * the 99,8 % limit (about 5 + 3,09 x 0,69 = 7,1 %).
 */
class WebPublicationTest {
  private static final Schooljaar YEAR = new Schooljaar(2024);
  private static final String I04 = "I04_vsv_percentage";

  @TempDir Path temp;
  private List<Path> pages;
  private ReportInput input;
  private WijkBoundaries boundaries;

  private static IndicatorRow row(
      String type, String code, String name, Double value, Double low, Double high, boolean x) {
    return row(YEAR, type, code, name, value, low, high, x, false);
  }

  private static IndicatorRow row(
      Schooljaar year,
      String type,
      String code,
      String name,
      Double value,
      Double low,
      Double high,
      boolean x,
      boolean voorlopig) {
    return new IndicatorRow(
        I04,
        year,
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
        voorlopig);
  }

  @BeforeEach
  void write() throws Exception {
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
            row("wijk", "WK099903", "Oost & <Hof>", 12.0, 11.5, 12.5, false),
            row(
                new Schooljaar(2025),
                "gemeente",
                "GM0999",
                "Testgemeente",
                9.5,
                8.5,
                10.5,
                false,
                true));
    input =
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
            List.of(new Target(I04, 8.0, false, new Schooljaar(2029))),
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
            "prognose.html",
            "kaarten.html",
            "datakwaliteit.html",
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
      assertTrue(count(html, "<th scope=\"col\">") >= 2 * count(html, "<table>"), name);
      // Headings in order: after h1 each one at most a level deeper than the one before it.
      Matcher h = Pattern.compile("<h([1-6])[ >]").matcher(html);
      int level = 0;
      while (h.find()) {
        int next = Integer.parseInt(h.group(1));
        assertTrue(next <= level + 1, name + ": h" + next + " after h" + level);
        level = next;
      }
      // Every id once, and every name or description an SVG points to is there.
      List<String> ids = all(html, " id=\"([^\"]+)\"");
      assertEquals(ids.size(), Set.copyOf(ids).size(), name + ": " + ids);
      for (String labels : all(html, "aria-labelledby=\"([^\"]+)\"")) {
        for (String id : labels.split(" ")) {
          assertTrue(ids.contains(id), name + ": " + id);
        }
      }
    }
  }

  @Test
  void theNavigationLinksEveryPageAndMarksTheCurrentOne() throws Exception {
    String nav =
        "<nav aria-label=\"Onderdelen\"><ul><li><a href=\"index.html\">Overzicht</a></li>"
            + "<li><a href=\"ambitie-passende-plek.html\">Ambitie 3: Een passende plek in opvang,"
            + " school en werk</a></li><li><a href=\"prognose.html\" aria-current=\"page\">"
            + "Testgemeente 2040</a></li><li><a href=\"kaarten.html\">Kaarten per indicator</a>"
            + "</li><li><a href=\"datakwaliteit.html\">Datakwaliteit</a></li><li><a"
            + " href=\"index.html#wijken\">Wijken</a></li></ul></nav>";
    assertTrue(page("prognose.html").contains(nav), page("prognose.html"));
  }

  @Test
  void theAmbitionPageShowsTheCsvFiguresAndXWhereTheCsvHasNone() throws Exception {
    String html = page("ambitie-passende-plek.html");
    assertTrue(
        html.contains(
            "<tr><th scope=\"row\"><a href=\"wijk-WK099901.html\">Noord</a></th>"
                + "<td class=\"getal\">5,0 %</td><td class=\"getal\">4,0 - 6,0 %</td>"
                + "<td>beter dan de gemeente, ook bij 99,8 %</td></tr>"),
        html);
    // Zuid in the table of the bars and in that of the funnel: x in every cell.
    assertEquals(
        2,
        count(
            html,
            "<tr><th scope=\"row\"><a href=\"wijk-WK099902.html\">Zuid</a></th>"
                + "<td class=\"getal\">x</td><td class=\"getal\">x</td><td>x</td></tr>"));
    assertTrue(
        html.contains(
            "<a href=\"wijk-WK099903.html\">Oost &amp; &lt;Hof&gt;</a></th>"
                + "<td class=\"getal\">12,0 %</td><td class=\"getal\">11,5 - 12,5 %</td>"
                + "<td>slechter dan de gemeente, ook bij 99,8 %</td></tr>"));
    assertTrue(
        html.contains(
            "<p class=\"klein\">x = niet gepubliceerd: te weinig kinderen, of af te leiden uit"
                + " andere cijfers. Zo blijft niemand herkenbaar; de cijfers zijn dezelfde als in"
                + " de rapporten en de tabellen van deze publicatie.</p>"));
  }

  @Test
  void theMapIsAnSvgWithATextAlternativeItsFillsHatchKeyMissingWijkAndCredit() throws Exception {
    String html = page("ambitie-passende-plek.html");
    // The wijk bars, the map beside them, the funnel.
    assertEquals(3, count(html, "<svg "));
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
    // Each wijk's name and meaning on hover.
    assertTrue(html.contains("<title>Noord: beter dan de gemeente</title></path>"), html);
    assertTrue(
        html.contains(
            "<title>Zuid: niet gepubliceerd (te weinig kinderen, of af te leiden uit andere"
                + " cijfers)</title></path>"));
    assertTrue(
        html.contains("<li><span class=\"staal\" style=\"background:#0072b2\"></span>beter"));
    assertTrue(
        html.contains(
            "x = niet gepubliceerd (te weinig kinderen, of af te leiden uit andere cijfers)</li>"));
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
            "<tr><th scope=\"row\">Voortijdig schoolverlaters (%)</th><td class=\"getal\">x</td>"
                + "<td class=\"getal\">x</td><td class=\"getal\">10,0</td>"
                + "<td>niet te vergelijken</td></tr>"),
        zuid);
    // The profile of wijkvergelijking.pdf: its spine chart, Zuid's figure shown as x.
    assertTrue(
        zuid.contains("<title id=\"grafiek1-titel\">Zuid naast de gemeente en de andere"), zuid);
    String oost = page("wijk-WK099903.html");
    assertFalse(oost.contains("class=\"kaart\""));
    assertTrue(oost.contains("<p>Geen kaart van deze wijk: er is geen grens aangeleverd.</p>"));
    assertTrue(oost.contains("<title>Wijk Oost &amp; &lt;Hof&gt; - LEA Monitor Testgemeente"));
  }

  @Test
  void everyChartIsAnSvgWithATitleADescriptionAndTheTableOfItsFiguresBesideIt() throws Exception {
    String html = page("ambitie-passende-plek.html");
    assertEquals(2, count(html, "class=\"grafiek\" role=\"img\""));
    assertTrue(
        html.contains(
            "aria-labelledby=\"grafiek1-titel grafiek1-uitleg\"><title id=\"grafiek1-titel\">"
                + "Voortijdig schoolverlaters: de wijken in 2024-2025</title><desc"
                + " id=\"grafiek1-uitleg\">Staafdiagram: per wijk de waarde als liggende staaf,"
                + " met het 95%-interval als streepjes en gekleurd naar de vergelijking met de"
                + " gemeente, die als stippellijn is getekend. Een wijk zonder gepubliceerd cijfer"
                + " heeft geen staaf. De cijfers staan in de tabel onder de grafiek.</desc>"),
        html);
    assertTrue(
        html.contains(
            "</svg><div class=\"tabel\" role=\"group\" tabindex=\"0\" aria-label=\"Voortijdig"
                + " schoolverlaters: de wijken in 2024-2025\"><table><caption>Voortijdig"
                + " schoolverlaters: de wijken in 2024-2025</caption>"
                + "<thead><tr><th scope=\"col\">Wijk</th><th scope=\"col\">Waarde</th>"
                + "<th scope=\"col\">95%-interval</th><th scope=\"col\">Vergelijking met de"
                + " gemeente</th></tr></thead><tbody><tr><th scope=\"row\">Gemeente"
                + " Testgemeente</th><td class=\"getal\">10,0 %</td><td class=\"getal\">9,0 -"
                + " 11,0 %</td><td></td></tr>"));
    assertTrue(
        html.contains(
            "<title id=\"grafiek2-titel\">Voortijdig schoolverlaters: trechterdiagram"
                + " 2024-2025</title>"));
    assertTrue(
        html.contains(
            "</svg><div class=\"tabel\" role=\"group\" tabindex=\"0\" aria-label=\"Voortijdig"
                + " schoolverlaters: trechterdiagram 2024-2025\"><table><caption>Voortijdig"
                + " schoolverlaters: trechterdiagram 2024-2025</caption>"
                + "<thead><tr><th scope=\"col\">Wijk</th><th scope=\"col\">Aantal personen</th>"
                + "<th scope=\"col\">Waarde</th><th scope=\"col\">Ligging in de trechter</th>"
                + "</tr></thead><tbody><tr><th scope=\"row\">Gemeente Testgemeente</th>"
                + "<td class=\"getal\">1.000</td><td class=\"getal\">10,0 %</td><td>midden van"
                + " de trechter</td></tr><tr><th scope=\"row\"><a"
                + " href=\"wijk-WK099901.html\">Noord</a></th><td class=\"getal\">1.000</td><td"
                + " class=\"getal\">5,0 %</td><td>binnen de 95%-grenzen</td></tr>"));
    assertTrue(
        html.contains(
            "<td class=\"getal\">1.000</td><td class=\"getal\">12,0 %</td><td>boven de"
                + " 99,8%-grenzen</td></tr>"));
    // Text stays text: the bars' labels are the published values.
    List<String> bars = svgTexts(html, "grafiek1");
    assertTrue(bars.containsAll(List.of("5,0", "12,0", "Noord **")), bars.toString());
  }

  @Test
  void aSuppressedFigureIsNeverShownAsANumberInAChartOrATable() throws Exception {
    // Every table row of Zuid has x in each cell: in the tables of the bars and of the funnel on
    // the ambition page, and of the small map.
    int rows = 0;
    for (Path p : pages) {
      Matcher row =
          Pattern.compile("<tr><th scope=\"row\"><a [^>]+>Zuid</a></th>(.*?)</tr>")
              .matcher(Files.readString(p));
      while (row.find()) {
        rows++;
        assertEquals(
            "", row.group(1).replaceAll("<td( class=\"getal\")?>x</td>", ""), p.toString());
      }
    }
    assertEquals(3, rows);
    // In the charts Zuid is only named where it is left out: no bar, label or dot of its own.
    String html = page("ambitie-passende-plek.html");
    for (String chart : List.of("grafiek1", "grafiek2")) {
      List<String> zuid = svgTexts(html, chart).stream().filter(t -> t.contains("Zuid")).toList();
      assertEquals(List.of("1 wijk niet getoond (x): Zuid"), zuid, chart);
    }
  }

  @Test
  void theAmbitionPageShowsTheTargetTheVoorlopigFigureAndTheNotesOfThePdf() throws Exception {
    String html = page("ambitie-passende-plek.html");
    assertTrue(
        html.contains(
            "<tr><th scope=\"row\">Voortijdig schoolverlaters</th><td>2024-2025</td><td"
                + " class=\"getal\">10,0 %</td><td class=\"getal\">9,0 - 11,0 %</td><td"
                + " class=\"getal\">-</td><td>-</td><td>\u2264 8,0 % in 2029-2030</td><td>niet"
                + " te beoordelen</td></tr>"),
        html);
    assertTrue(
        html.contains(
            "<p class=\"noot\">Doel voor Voortijdig schoolverlaters: niet te beoordelen, want er"
                + " zijn 1 opeenvolgende afgesloten schooljaren met een gepubliceerd cijfer, en een"
                + " lijn naar 2029-2030 vraagt er minstens 3.</p>"));
    assertTrue(
        html.contains(
            "<tr><th scope=\"row\">Voortijdig schoolverlaters (voorlopig)</th><td>2025-2026</td>"
                + "<td class=\"getal\">9,5 %</td><td class=\"getal\">8,5 - 10,5 %</td>"));
    assertTrue(
        html.contains(
            "<p class=\"noot\">Voorlopig 2025-2026: gemeente 9,5 % (95%-interval 8,5 - 10,5 %);"
                + " schooljaar loopt nog op 31 december 2025. Dit cijfer kan nog veranderen en telt"
                + " niet mee in de trend; wijkcijfers volgen als het schooljaar voorbij is.</p>"));
    assertTrue(
        html.contains(
            "<p class=\"noot\">Een trendlijn vraagt om ten minste twee schooljaren met een"
                + " gepubliceerde waarde voor de gemeente; die zijn er nog niet.</p>"));
    assertTrue(
        html.contains(
            "</table></div></figure><p class=\"noot\">Trechterdiagram: elke stip is een wijk, naar"
                + " het aantal kinderen waarover het cijfer gaat."));
    // The ambition's other indicators, as in the PDF: why they have no figures.
    assertTrue(
        html.contains(
            "<h2 id=\"thuiszitters-langer-dan-3-maanden\">Thuiszitters langer dan 3 maanden</h2>"));
    assertTrue(html.contains("<h2 id=\"van-school-naar-werk\">Van school naar werk</h2>"));
    assertTrue(
        html.contains(
            "<h3 id=\"uitstroom-met-startkwalificatie\">Uitstroom met startkwalificatie</h3>"));
  }

  @Test
  void theReadingGuideSaysHogerOrLagerWhereAnIndicatorHasNoDirection() throws Exception {
    assertTrue(
        page("index.html")
            .contains(
                "<h2>Zo leest u deze pagina's</h2><p>Een wijk wordt met de gemeente vergeleken op"
                    + " grond van het 95%-interval. Bij een indicator waarbij hoger of lager beter"
                    + " is, is een wijk beter dan de gemeente, slechter dan de gemeente of niet"
                    + " significant anders. Bij een indicator waarbij hoger of lager geen oordeel"
                    + " is (Toetsadvies hoger dan schooladvies en Plaats in leerjaar 3 van het VO"
                    + " ten opzichte van het advies) is een wijk hoger dan de gemeente (\u25B2),"
                    + " lager dan de gemeente (\u25BC) of niet significant anders. In de"
                    + " staafdiagrammen en op de kaarten staat die vergelijking in kleur, in de"
                    + " tabel bij elke grafiek en kaart in woorden. x = niet gepubliceerd: te"
                    + " weinig kinderen, of af te leiden uit andere cijfers.</p>"),
        page("index.html"));
  }

  @Test
  void theSmallMapsTheForecastAndTheDataQualityHaveAPageEach() throws Exception {
    String maps = page("kaarten.html");
    assertTrue(maps.contains("<h1>Kaarten per indicator</h1>"));
    assertEquals(1, count(maps, "<svg "), "one indicator with wijk figures, one map");
    assertTrue(
        maps.contains("<h2 id=\"kaart1-kop\">Voortijdig schoolverlaters (%), 2024-2025</h2><svg"),
        maps);
    assertTrue(
        maps.contains(
            "<tr><th scope=\"row\"><a href=\"wijk-WK099901.html\">Noord</a></th><td"
                + " class=\"getal\">5,0 %</td><td class=\"getal\">4,0 - 6,0 %</td><td>beter"
                + " dan de gemeente</td></tr><tr><th scope=\"row\"><a"
                + " href=\"wijk-WK099902.html\">Zuid</a></th><td class=\"getal\">x</td><td"
                + " class=\"getal\">x</td><td>x</td></tr>"),
        maps);
    assertTrue(
        maps.contains("<p class=\"klein\">Bron: CBS/Kadaster, Wijk- en Buurtkaart 2024</p>"));
    String forecast = page("prognose.html");
    assertTrue(forecast.contains("<h1>Testgemeente 2040</h1>"));
    assertTrue(
        forecast.contains(
            " Daarvoor is de bevolkingsprognose van de gemeente nodig, per wijk, jaar en"
                + " leeftijd.</p>"));
    String quality = page("datakwaliteit.html");
    assertTrue(quality.contains("<h1>Datakwaliteit per aangeleverd bestand</h1>"));
    assertTrue(quality.contains("<table><caption>Regels per aangeleverd bestand</caption>"));
  }

  @Test
  void theSameInputGivesTheSamePagesByteForByte() throws Exception {
    List<Path> again = new WebPublication(input, boundaries).write(temp.resolve("nog een keer"));
    assertEquals(pages.size(), again.size());
    for (int i = 0; i < pages.size(); i++) {
      assertEquals(
          Files.readString(pages.get(i)), Files.readString(again.get(i)), again.get(i).toString());
    }
  }

  /** Returns the texts of the SVG with an id, unescaped. */
  private static List<String> svgTexts(String html, String id) {
    int from = html.indexOf("aria-labelledby=\"" + id + "-titel");
    String svg = html.substring(from, html.indexOf("</svg>", from));
    return all(svg, "<text[^>]*>([^<]*)</text>").stream()
        .map(t -> t.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
        .toList();
  }

  private static List<String> all(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
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
