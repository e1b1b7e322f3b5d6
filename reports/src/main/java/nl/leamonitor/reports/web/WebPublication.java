package nl.leamonitor.reports.web;

import com.lowagie.text.DocumentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leamonitor.analytics.catalogue.Ambition;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.catalogue.Polarity;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.geo.WijkBoundaries;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.DutchFormat;
import nl.leamonitor.reports.EvaluationReport;
import nl.leamonitor.reports.IndicatorMaps;
import nl.leamonitor.reports.Judgement;
import nl.leamonitor.reports.NeighbourhoodReport;
import nl.leamonitor.reports.PublishedTable;
import nl.leamonitor.reports.ReportInput;
import nl.leamonitor.reports.WhatStandsOut;
import nl.leamonitor.reports.charts.Figure;
import nl.leamonitor.reports.charts.FigureTable;
import nl.leamonitor.reports.charts.Labels;
import nl.leamonitor.reports.charts.SpineChart;
import nl.leamonitor.reports.maps.ChoroplethMap;
import nl.leamonitor.reports.maps.MapFill;
import nl.leamonitor.reports.maps.WijkShapes;
import nl.leamonitor.reports.pdf.ReportFonts;

/**
 * The web publication, {@code web/}: {@code index.html}, a page per ambition, the pupil forecast,
 * the small maps, the data quality and a page per wijk. The ambition, forecast and data quality
 * pages are written by the chapters of {@code rapport.pdf} themselves ({@link HtmlReportWriter}),
 * so they show what the PDF shows: the same text, tables and charts (as inline SVG), the targets,
 * the breakdowns, the voorlopig notes. Static and self-contained (styles, charts and maps inline,
 * no request leaves a page), in Dutch, and accessible by construction: landmarks, headings in
 * order, every table with a caption and header cells with a scope, every chart and map an SVG with
 * a title and a description and its figures in a table beside it, a meaning never in colour alone.
 * It shows the published rows only, as the PDFs do: a suppressed figure is {@code x}, explained on
 * the page.
 */
public final class WebPublication {
  /** The folder of the publication in a run's folder. */
  public static final String FOLDER = "web";

  /** The page of the pupil forecast, the chapter "Zoetermeer 2040" of the PDF. */
  static final String FORECAST = "prognose.html";

  /** The page of small maps, one per indicator, as in {@code wijkvergelijking.pdf}. */
  static final String MAPS = "kaarten.html";

  /** The page of the data quality per delivered file, appendix A of the PDF. */
  static final String DATA_QUALITY = "datakwaliteit.html";

  /** The colour of the wijk a locator map shows (the PDF's accent has too little contrast). */
  static final MapFill THIS_WIJK =
      MapFill.of(new java.awt.Color(0x0B, 0x4F, 0x8A), "", "deze wijk");

  static final MapFill OTHER_WIJK =
      MapFill.of(new java.awt.Color(0xE4, 0xE4, 0xE4), "", "andere wijken");

  private static final String STYLE =
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1a1a1a;"
          + "background:#ffffff;margin:0;line-height:1.5}header,nav,main,footer{max-width:64rem;margin:0"
          + " auto;padding:0 1rem}header{border-bottom:4px solid #0b4f8a}header p{margin:.6rem"
          + " 0;font-weight:bold}nav ul{list-style:none;padding:0;margin:.5rem"
          + " 0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}a{color:#0b4f8a}a:focus{outline:3px"
          + " solid #1a1a1a;outline-offset:2px}a[aria-current=page]{font-weight:bold;color:#1a1a1a}"
          + ".naar-inhoud{position:absolute;left:-999px}.naar-inhoud:focus{left:1rem;top:.5rem;background:#ffffff;padding:.3rem}table{border-collapse:collapse;margin:.5rem"
          + " 0 1rem}caption{text-align:left;font-weight:bold;padding:.3rem 0}th,td{border:1px"
          + " solid #767676;padding:.2rem .4rem;"
          + "text-align:left;vertical-align:top}td.getal{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}thead"
          + " th{background:#eeeeee}"
          + ".kaart{max-width:30rem;width:100%;height:auto;display:block}.legenda{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.2rem"
          + " 1rem}.staal{display:inline-block;width:1.2em;height:.9em;border:1px solid #555555;"
          + "margin-right:.3em;vertical-align:middle}.klein{font-size:.9rem;color:#4a4a4a}footer{border-top:1px"
          + " solid"
          + " #767676;margin-top:2rem}.noot{font-size:.9rem;font-style:italic;color:#4a4a4a}figure{margin:1rem"
          + " 0}.grafiek{max-width:48rem;width:100%;height:auto;display:block}.naast{display:flex;flex-wrap:wrap;gap:0"
          + " 1.5rem}.naast figure{flex:1 1 22rem;margin:1rem"
          + " 0}summary{cursor:pointer;color:#0b4f8a;margin:.3rem 0}summary:focus{outline:3px solid"
          + " #1a1a1a}.kaartjes{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:1rem"
          + " 1.5rem}.kaartje h2{font-size:1rem;margin:.5rem"
          + " 0}.verborgen{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0"
          + " 0);white-space:nowrap}table{min-width:min(100%,26rem);font-size:.95rem}.tabel{overflow-x:auto;max-width:100%}.tabel:focus{outline:3px"
          + " solid #1a1a1a}";

  private static final String HATCH_SWATCH =
      "background:repeating-linear-gradient(45deg,#ffffff 0 3px,#555555 3px 4px)";

  private final ReportInput input;
  private final PublishedTable table;
  private final WijkShapes shapes;
  private final EvaluationReport report;

  /** Creates the publication of a run; {@code boundaries} give its maps (none: no maps). */
  public WebPublication(ReportInput input, WijkBoundaries boundaries) {
    this.input = input;
    this.table = new PublishedTable(input.rows());
    this.shapes = new WijkShapes(boundaries.shapes(), table.wijken());
    this.report = new EvaluationReport(input);
    // The charts are laid out with the font they name, as in the PDF: registered with AWT here.
    new ReportFonts();
  }

  /** Returns the file name of an ambition's page: {@code ambitie-gelijke-kansen.html}. */
  public static String page(Ambition ambition) {
    return "ambitie-" + ambition.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".html";
  }

  /** Returns the file name of a wijk's page: {@code wijk-WK063701.html}. */
  public static String wijkPage(String code) {
    return "wijk-" + code.replaceAll("[^A-Za-z0-9]", "_") + ".html";
  }

  /** Returns the ambitions that have an indicator with a published row, in the LEA's order. */
  List<Ambition> ambitions() {
    List<Ambition> ambitions = new ArrayList<>();
    for (Ambition a : Ambition.values()) {
      if (!indicators(a).isEmpty()) {
        ambitions.add(a);
      }
    }
    return ambitions;
  }

  private List<Indicator> indicators(Ambition ambition) {
    return IndicatorCatalogue.ALL.stream()
        .filter(i -> i.ambition() == ambition && table.covers(i.id()))
        .toList();
  }

  /** Writes the pages into {@code folder} and returns their paths, index first. */
  public List<Path> write(Path folder) throws IOException {
    Files.createDirectories(folder);
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("index.html", index());
    for (Ambition a : ambitions()) {
      pages.put(page(a), ambition(a));
    }
    pages.put(FORECAST, forecast());
    if (!shapes.isEmpty()) {
      pages.put(MAPS, maps());
    }
    pages.put(DATA_QUALITY, dataQuality());
    table.wijken().forEach((code, name) -> pages.put(wijkPage(code), wijk(code, name)));
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> p : pages.entrySet()) {
      Path file = folder.resolve(p.getKey());
      Files.writeString(file, p.getValue(), StandardCharsets.UTF_8);
      written.add(file);
    }
    return written;
  }

  // ---- pages

  private String index() {
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(Html.escape(title())).append("</h1>");
    b.append("<p>De cijfers van de Lokale Educatieve Agenda van ")
        .append(Html.escape(input.gemeente()))
        .append(" per ambitie en per wijk, dezelfde als in de rapporten (PDF) en de tabellen")
        .append(" (CSV, Excel) die naast deze pagina's gepubliceerd zijn. Rapportagedatum: ")
        .append(Html.escape(DutchFormat.date(input.rapportagedatum())))
        .append(".</p>");
    // What stands out, as on page 2 of rapport.pdf: the same rules, the same sentences.
    b.append("<h2 id=\"wat-valt-op\">Wat valt op</h2><ul>");
    for (String point : new WhatStandsOut(input, table).points()) {
      b.append("<li>").append(Html.escape(point)).append("</li>");
    }
    b.append("</ul><p class=\"klein\">").append(Html.escape(WhatStandsOut.RULES)).append("</p>");
    b.append(howToRead());
    b.append("<h2 id=\"ambities\">Ambities</h2><ul>");
    for (Ambition a : ambitions()) {
      b.append("<li><a href=\"")
          .append(page(a))
          .append("\">")
          .append(Html.escape(a.title()))
          .append("</a></li>");
    }
    b.append("</ul>");
    b.append("<h2 id=\"meer\">Prognose, kaarten en datakwaliteit</h2><ul>");
    b.append("<li><a href=\"")
        .append(FORECAST)
        .append("\">")
        .append(Html.escape(report.forecastTitle()))
        .append("</a>: de verwachte leerlingen per wijk en de schoolgebouwen</li>");
    if (!shapes.isEmpty()) {
      b.append("<li><a href=\"")
          .append(MAPS)
          .append("\">")
          .append(Html.escape(NeighbourhoodReport.mapsHeading()))
          .append("</a>: een kaart van de wijken per indicator</li>");
    }
    b.append("<li><a href=\"")
        .append(DATA_QUALITY)
        .append("\">Datakwaliteit</a>: de regels per aangeleverd bestand</li></ul>");
    b.append("<h2>Laatste cijfers van de gemeente</h2>");
    boolean suppressed = false;
    for (Ambition a : ambitions()) {
      StringBuilder rows = new StringBuilder();
      for (Indicator indicator : indicators(a)) {
        Optional<Schooljaar> latest = table.latest(indicator.id());
        if (latest.isEmpty()) {
          continue;
        }
        // An indicator without a totaal (I05 per domein) has a line per category.
        List<String> categories =
            indicator.hasTotaal()
                ? java.util.Collections.singletonList(null)
                : table.categories(indicator.id());
        for (String categorie : categories) {
          Optional<IndicatorRow> row =
              table.row(indicator.id(), latest.get(), gemeenteCode(), categorie);
          if (row.isEmpty()) {
            continue;
          }
          suppressed |= row.get().onderdrukt();
          rows.append("<tr><th scope=\"row\">")
              .append(
                  Html.escape(
                      indicator.label()
                          + (categorie == null ? "" : ": " + Labels.category(categorie))))
              .append("</th><td>")
              .append(Html.escape(latest.get().label()))
              .append("</td><td class=\"getal\">")
              .append(Html.escape(DutchFormat.valueCell(indicator, row.get())))
              .append("</td><td class=\"getal\">")
              .append(Html.escape(DutchFormat.intervalCell(indicator, row.get())))
              .append("</td></tr>");
        }
      }
      if (rows.length() > 0) {
        b.append(Html.tableBox(a.title()))
            .append("<table><caption>")
            .append(Html.escape(a.title()))
            .append("</caption><thead><tr><th scope=\"col\">Indicator</th>")
            .append("<th scope=\"col\">Schooljaar</th><th scope=\"col\">Waarde</th>")
            .append("<th scope=\"col\">95%-interval</th></tr></thead><tbody>")
            .append(rows)
            .append("</tbody></table></div>");
      }
    }
    if (suppressed) {
      b.append(suppressedNote());
    }
    b.append("<h2 id=\"wijken\">Wijken</h2><ul>");
    table
        .wijken()
        .forEach(
            (code, name) ->
                b.append("<li><a href=\"")
                    .append(wijkPage(code))
                    .append("\">")
                    .append(Html.escape(name))
                    .append("</a></li>"));
    b.append("</ul>");
    long suppressedRows = input.rows().stream().filter(IndicatorRow::onderdrukt).count();
    b.append("<p class=\"klein\">Niet gepubliceerd: ")
        .append(DutchFormat.number(suppressedRows))
        .append(" van de ")
        .append(DutchFormat.number(input.rows().size()))
        .append(" cijfers van de indicatortabel, omdat ze over te weinig kinderen gaan of daaruit")
        .append(" af te leiden zijn. Zo blijft niemand herkenbaar.</p>");
    return document(title(), "index.html", b.toString());
  }

  private String ambition(Ambition ambition) {
    HtmlReportWriter page = writer();
    try {
      report.writeAmbition(page, ambition, "zie " + report.forecastTitle());
    } catch (DocumentException e) {
      throw new IllegalStateException(e); // a web page's writer throws no DocumentException
    }
    return document(ambition.title() + " - " + title(), page(ambition), content(page));
  }

  private String forecast() {
    HtmlReportWriter page = writer();
    try {
      report.writeForecast(page);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return document(report.forecastTitle() + " - " + title(), FORECAST, content(page));
  }

  private String dataQuality() {
    HtmlReportWriter page = writer();
    try {
      report.writeDataQuality(page);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return document("Datakwaliteit - " + title(), DATA_QUALITY, content(page));
  }

  /**
   * The page of small maps of {@code wijkvergelijking.pdf}: one map per indicator in its latest
   * final schooljaar, the shared key, and under each map its figures per wijk in a table.
   */
  private String maps() {
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(Html.escape(NeighbourhoodReport.mapsHeading())).append("</h1>");
    b.append("<p>")
        .append(Html.escape(NeighbourhoodReport.mapsIntroduction()))
        .append(" Onder elke kaart staan de cijfers per wijk, met de vergelijking in woorden.</p>");
    List<MapFill> key = new ArrayList<>();
    List.of(Judgement.BETER, Judgement.GELIJK, Judgement.SLECHTER, Judgement.HOGER, Judgement.LAGER)
        .forEach(j -> key.add(MapFill.of(j.color(), j.symbol(), j.label())));
    key.add(IndicatorMaps.NO_FIGURE);
    key.add(MapFill.SUPPRESSED);
    b.append(legend(key));
    if (!shapes.missing().isEmpty()) {
      b.append("<p class=\"klein\">")
          .append(Html.escape(ChoroplethMap.missingLine(shapes.missing())))
          .append("</p>");
    }
    b.append("<p class=\"klein\">").append(Html.escape(ChoroplethMap.CREDIT)).append("</p>");
    HtmlReportWriter tables = writer();
    b.append("<div class=\"kaartjes\">");
    int number = 0;
    for (IndicatorMaps map : NeighbourhoodReport.overviewMaps(table)) {
      number++;
      String id = "kaart" + number;
      b.append("<section class=\"kaartje\" aria-labelledby=\"")
          .append(id)
          .append("-kop\"><h2 id=\"")
          .append(id)
          .append("-kop\">")
          .append(Html.escape(map.title()))
          .append("</h2>")
          .append(
              SvgMap.svg(
                  id,
                  map.title(),
                  (map.classes()
                          ? "Kaart van de wijken, gekleurd naar het aantal in vier klassen."
                          : "Kaart van de wijken, gekleurd naar de vergelijking met de gemeente.")
                      + " De cijfers staan in de tabel onder de kaart.",
                  shapes,
                  map.fills(),
                  IndicatorMaps.NO_FIGURE));
      if (map.classes()) {
        b.append(
            legend(
                map.legend().stream()
                    .filter(f -> !f.hatched() && f != IndicatorMaps.NO_FIGURE)
                    .toList()));
      }
      b.append("<details><summary>Cijfers per wijk<span class=\"verborgen\">: ")
          .append(Html.escape(map.title()))
          .append("</span></summary>")
          .append(tables.tableOf(map.table()))
          .append("</details></section>");
    }
    b.append("</div>");
    if (tables.showsSuppressed()) {
      b.append(suppressedNote());
    }
    return document(NeighbourhoodReport.mapsHeading() + " - " + title(), MAPS, b.toString());
  }

  /** Returns a writer of a page's content, whose tables link a wijk to its page. */
  private HtmlReportWriter writer() {
    int[] maps = {0};
    return new HtmlReportWriter(
        code -> table.wijken().containsKey(code) ? wijkPage(code) : null,
        (indicator, categorie, year) -> wijkMap(indicator, categorie, year, ++maps[0]));
  }

  /** Returns a page's content: after its h1 the list of its sections, and x explained. */
  private static String content(HtmlReportWriter page) {
    String html = page.html();
    int end = html.indexOf("</h1>");
    StringBuilder b = new StringBuilder();
    if (end >= 0 && page.sections().size() > 2) {
      b.append(html, 0, end + 5);
      b.append("<nav aria-label=\"Op deze pagina\"><p class=\"klein\">Op deze pagina:</p><ul>");
      for (String[] section : page.sections()) {
        b.append("<li><a href=\"#")
            .append(section[0])
            .append("\">")
            .append(Html.escape(section[1]))
            .append("</a></li>");
      }
      b.append("</ul></nav>").append(html, end + 5, html.length());
    } else {
      b.append(html);
    }
    if (page.showsSuppressed()) {
      b.append(suppressedNote());
    }
    return b.toString();
  }

  /**
   * Returns the map of the wijken of an indicator (and category) in a schooljaar, shown beside its
   * wijk chart, whose table has the map's figures; empty without boundaries.
   */
  private String wijkMap(Indicator indicator, String categorie, Schooljaar year, int number) {
    if (shapes.isEmpty()) {
      return "";
    }
    String mapTitle =
        indicator.label()
            + (categorie == null ? "" : ": " + Labels.category(categorie))
            + ", "
            + year.label()
            + ", per wijk";
    IndicatorMaps map =
        indicator.isCount()
            ? IndicatorMaps.counts(table, indicator, categorie, year, mapTitle)
            : IndicatorMaps.judged(table, indicator, categorie, year, mapTitle);
    return map(
        "kaart" + number,
        mapTitle,
        indicator.isCount()
            ? "Kaart van de wijken, gekleurd naar het aantal in vier klassen. De aantallen staan in"
                + " de tabel bij de staafgrafiek hierboven."
            : "Kaart van de wijken, gekleurd naar de vergelijking met de gemeente. De cijfers en"
                + " de vergelijking staan in de tabel bij de staafgrafiek hierboven.",
        map.fills(),
        IndicatorMaps.NO_FIGURE,
        map.legend());
  }

  private String wijk(String code, String name) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>Wijk ").append(Html.escape(name)).append("</h1>");
    if (!shapes.isEmpty()) {
      Map<String, MapFill> fills = new HashMap<>();
      boolean has = shapes.codes().contains(code);
      if (has) {
        fills.put(code, THIS_WIJK);
        b.append(
            map(
                "ligging",
                "Ligging van " + name + " in " + input.gemeente(),
                "Kaart van de wijken van " + input.gemeente() + " met " + name + " donkerblauw.",
                fills,
                OTHER_WIJK,
                List.of(THIS_WIJK, OTHER_WIJK)));
      } else {
        b.append("<p>Geen kaart van deze wijk: er is geen grens aangeleverd.</p>");
      }
    }
    HtmlReportWriter page = writer();
    IndicatorCatalogue.ALL.stream()
        .filter(Indicator::isCount)
        .forEach(count -> countSentence(page, count, code, name));
    // The wijk's profile, as on its page in wijkvergelijking.pdf: the spine chart and its table.
    NeighbourhoodReport.WijkProfile profile = NeighbourhoodReport.profile(table, code, name);
    Set<Integer> numeric = new java.util.HashSet<>();
    for (int i = 1; i < profile.header().size() - 1; i++) {
      numeric.add(i);
    }
    FigureTable figures =
        FigureTable.of(profile.caption(""), profile.header(), profile.rows(), numeric);
    if (profile.lines().isEmpty()) {
      page.table(figures.caption(), figures.header(), figures.rows(), null, figures.numeric());
    } else {
      page.text(
          "Per indicator een balk van de laagste tot de hoogste wijk (het middelste deel van de"
              + " wijken donkerder), de gemeente als lijn en "
              + name
              + " als stip, gekleurd naar het oordeel; links slechter, rechts beter. Een"
              + " indicator waarbij hoger of lager geen oordeel is, staat alleen in de tabel.");
      page.chart(
          new Figure(
              name + " naast de gemeente en de andere wijken",
              "Per indicator de spreiding van de wijken, de gemeente en "
                  + name
                  + " in het laatste schooljaar.",
              (g, area) -> SpineChart.paint(g, area, profile.lines()),
              List.of(figures),
              profile.showsSuppressed()),
          SpineChart.height(profile.lines().size()));
    }
    b.append(content(page));
    return document("Wijk " + name + " - " + title(), wijkPage(code), b.toString());
  }

  /** Writes a wijk's latest count beside the gemeente's: its size, not a figure to compare. */
  private void countSentence(HtmlReportWriter page, Indicator count, String code, String name) {
    table
        .latest(count.id())
        .ifPresent(
            year -> {
              Optional<IndicatorRow> own = table.row(count.id(), year, code, null);
              Optional<IndicatorRow> gemeente = table.row(count.id(), year, gemeenteCode(), null);
              if (own.isPresent() && gemeente.isPresent()) {
                page.text(
                    count.label()
                        + " in "
                        + year.label()
                        + ": "
                        + DutchFormat.valueCell(count, own.get())
                        + " in "
                        + name
                        + ", "
                        + DutchFormat.valueCell(count, gemeente.get())
                        + " in de hele gemeente.");
              }
            });
  }

  // ---- parts

  private String title() {
    return "LEA Monitor " + input.gemeente() + " - " + input.period().label();
  }

  private String gemeenteCode() {
    return input.rows().stream()
        .filter(IndicatorRow::isGemeente)
        .map(IndicatorRow::gebiedCode)
        .findFirst()
        .orElse("");
  }

  /**
   * Returns the reading guide: how a wijk is compared with the gemeente, beter or slechter where an
   * indicator has a direction, hoger or lager where it has none (I12, I14), and what {@code x} is.
   */
  static String howToRead() {
    List<String> neutral =
        IndicatorCatalogue.ALL.stream()
            .filter(i -> i.polarity() == Polarity.NEUTRAL && !i.isCount())
            .map(Indicator::label)
            .toList();
    return "<h2>Zo leest u deze pagina's</h2><p>Een wijk wordt met de gemeente vergeleken op"
        + " grond van het 95%-interval. Bij een indicator waarbij hoger of lager beter is, is een"
        + " wijk "
        + Judgement.BETER.label()
        + ", "
        + Judgement.SLECHTER.label()
        + " of "
        + Judgement.GELIJK.label()
        + ". Bij een indicator waarbij hoger of lager geen oordeel is ("
        + Html.escape(DutchFormat.and(neutral))
        + ") is een wijk "
        + Judgement.HOGER.label()
        + " ("
        + Judgement.HOGER.symbol()
        + "), "
        + Judgement.LAGER.label()
        + " ("
        + Judgement.LAGER.symbol()
        + ") of "
        + Judgement.GELIJK.label()
        + ". In de staafdiagrammen en op de kaarten staat die vergelijking in kleur, in de"
        + " tabel bij elke grafiek en kaart in woorden. "
        + Html.escape(DutchFormat.SUPPRESSED_MEANING)
        + ".</p>";
  }

  private static String suppressedNote() {
    return "<p class=\"klein\">"
        + Html.escape(DutchFormat.SUPPRESSED_MEANING)
        + ". Zo blijft niemand herkenbaar; de cijfers zijn dezelfde als in de rapporten en de"
        + " tabellen van deze publicatie.</p>";
  }

  private String map(
      String id,
      String title,
      String description,
      Map<String, MapFill> fills,
      MapFill otherwise,
      List<MapFill> legend) {
    StringBuilder b = new StringBuilder("<figure>");
    b.append(SvgMap.svg(id, title, description, shapes, fills, otherwise));
    b.append("<figcaption>").append(legend(legend));
    if (!shapes.missing().isEmpty()) {
      b.append("<p class=\"klein\">")
          .append(Html.escape(ChoroplethMap.missingLine(shapes.missing())))
          .append("</p>");
    }
    b.append("<p class=\"klein\">").append(Html.escape(ChoroplethMap.CREDIT)).append("</p>");
    return b.append("</figcaption></figure>").toString();
  }

  /** Returns a map's key as a list: per fill a swatch and its meaning in words. */
  private static String legend(List<MapFill> legend) {
    StringBuilder b = new StringBuilder("<ul class=\"legenda\">");
    for (MapFill item : legend) {
      b.append("<li><span class=\"staal\" style=\"")
          .append(item.hatched() ? HATCH_SWATCH : "background:" + SvgMap.hex(item.color()))
          .append("\"></span>")
          .append(Html.escape((item.hatched() ? "x = " : "") + item.label()))
          .append(item.symbol().isEmpty() || item.hatched() ? "" : " " + Html.escape(item.symbol()))
          .append("</li>");
    }
    return b.append("</ul>").toString();
  }

  private String document(String title, String file, String content) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>")
        .append("<a class=\"naar-inhoud\" href=\"#inhoud\">Naar de inhoud</a>")
        .append("<header><p>LEA Monitor ")
        .append(Html.escape(input.gemeente()))
        .append("</p></header><nav aria-label=\"Onderdelen\"><ul>");
    b.append(link("index.html", "Overzicht", file));
    for (Ambition a : ambitions()) {
      b.append(link(page(a), a.title(), file));
    }
    b.append(link(FORECAST, report.forecastTitle(), file));
    if (!shapes.isEmpty()) {
      b.append(link(MAPS, NeighbourhoodReport.mapsHeading(), file));
    }
    b.append(link(DATA_QUALITY, "Datakwaliteit", file));
    b.append(link("index.html#wijken", "Wijken", file));
    b.append("</ul></nav><main id=\"inhoud\" tabindex=\"-1\">")
        .append(content)
        .append("</main><footer><p class=\"klein\">LEA Monitor ")
        .append(Html.escape(input.version()))
        .append(", rapportagedatum ")
        .append(Html.escape(DutchFormat.date(input.rapportagedatum())))
        .append(". Kleine aantallen zijn afgeschermd (minimaal ")
        .append(input.minCel())
        .append(" per cel).</p></footer></body></html>\n");
    return b.toString();
  }

  private static String link(String href, String text, String current) {
    return "<li><a href=\""
        + href
        + "\""
        + (href.equals(current) ? " aria-current=\"page\"" : "")
        + ">"
        + Html.escape(text)
        + "</a></li>";
  }
}
