package nl.leamonitor.reports.web;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.DutchFormat;
import nl.leamonitor.reports.ReportWriter;
import nl.leamonitor.reports.charts.Figure;
import nl.leamonitor.reports.charts.FigureTable;

/**
 * The content of a web page, written by the chapters of the reports as they write the PDF's pages:
 * headings become {@code h1} to {@code h3} with an id, text paragraphs, tables HTML tables with a
 * caption and header cells with a scope, and each chart an inline SVG ({@link SvgChart}) with a
 * title and a description, the table of its figures beside it. The PDF's layout calls do nothing
 * here. It notes whether the content shows an {@code x}, so that the page explains it.
 */
final class HtmlReportWriter implements ReportWriter {
  /** The width of the PDF's text, in points: a chart is drawn at the size it has there. */
  static final double TEXT_WIDTH = 483;

  /** The gap between two charts side by side in the PDF, in points. */
  private static final double GAP = 14;

  /** Writes the map of the wijken of an indicator beside its wijk chart. */
  interface WijkMaps {
    /** Returns the HTML of the map, or empty for none. */
    String map(Indicator indicator, String categorie, Schooljaar schooljaar);
  }

  private final StringBuilder html = new StringBuilder();
  private final Function<String, String> areaLink;
  private final WijkMaps maps;
  private final Set<String> ids = new HashSet<>();
  private final List<String[]> sections = new ArrayList<>();
  private int figures;
  private boolean suppressed;

  /**
   * Creates an empty page content; {@code areaLink} gives the page of an area (a wijk) by its code,
   * or null, for the row headers of the charts' tables.
   */
  HtmlReportWriter(Function<String, String> areaLink, WijkMaps maps) {
    this.areaLink = areaLink;
    this.maps = maps;
  }

  /** Returns the HTML written so far. */
  String html() {
    return html.toString();
  }

  /** Returns whether the content shows a suppressed figure ({@code x}), in a table or a chart. */
  boolean showsSuppressed() {
    return suppressed;
  }

  /** Returns the level-2 headings written, each its id and text, for a list of contents. */
  List<String[]> sections() {
    return sections;
  }

  /** Adds HTML written elsewhere (a map, a list of links). */
  void raw(String fragment) {
    html.append(fragment);
  }

  @Override
  public void heading(int level, String text) {
    int h = Math.max(1, Math.min(4, level));
    if (h == 1) {
      html.append("<h1>").append(Html.escape(text)).append("</h1>");
      return;
    }
    String id = id(text);
    if (h == 2) {
      sections.add(new String[] {id, text});
    }
    html.append("<h")
        .append(h)
        .append(" id=\"")
        .append(id)
        .append("\">")
        .append(Html.escape(text))
        .append("</h")
        .append(h)
        .append('>');
  }

  @Override
  public void heading(int level, String text, float keepWithNext) {
    heading(level, text);
  }

  @Override
  public void text(String text) {
    html.append("<p>").append(Html.escape(text)).append("</p>");
  }

  @Override
  public void note(String text) {
    html.append("<p class=\"noot\">").append(Html.escape(text)).append("</p>");
  }

  @Override
  public void table(
      String caption,
      List<String> header,
      List<List<String>> rows,
      float[] widths,
      Set<Integer> numeric,
      List<List<Color>> fills) {
    html.append(table(caption, header, rows, numeric, fills, null));
  }

  @Override
  public void chart(Figure figure, float height) {
    html.append("<figure class=\"figuur\">")
        .append(figure(figure, TEXT_WIDTH, height))
        .append("</figure>");
  }

  @Override
  public void chartsSideBySide(Figure left, Figure right, float height) {
    double half = (TEXT_WIDTH - GAP) / 2;
    html.append("<div class=\"naast\"><figure class=\"figuur\">")
        .append(figure(left, half, height))
        .append("</figure><figure class=\"figuur\">")
        .append(figure(right, half, height))
        .append("</figure></div>");
  }

  @Override
  public void wijkMap(Indicator indicator, String categorie, Schooljaar schooljaar) {
    html.append(maps.map(indicator, categorie, schooljaar));
  }

  @Override
  public void keepTogether(float height) {}

  @Override
  public float headingHeight(int level, String text) {
    return 0;
  }

  @Override
  public float textHeight(String text, boolean note) {
    return 0;
  }

  @Override
  public float room() {
    return Float.MAX_VALUE;
  }

  @Override
  public void newPage() {}

  /** Returns a chart's or map's table of figures, its wijken linked to their pages. */
  String tableOf(FigureTable t) {
    return table(t.caption(), t.header(), t.rows(), t.numeric(), null, t.areas());
  }

  /** Returns a figure's SVG and the tables of its figures, one open, several each folded. */
  private String figure(Figure figure, double width, double height) {
    figures++;
    String id = "grafiek" + figures;
    suppressed |= figure.showsSuppressed();
    List<FigureTable> tables = figure.tables();
    String where =
        tables.isEmpty()
            ? ""
            : tables.size() == 1
                ? " De cijfers staan in de tabel onder de grafiek."
                : " De cijfers staan in de tabellen onder de grafiek.";
    StringBuilder b = new StringBuilder();
    b.append(SvgChart.svg(id, figure, figure.description() + where, width, height));
    for (FigureTable t : tables) {
      String table = tableOf(t);
      if (tables.size() == 1) {
        b.append(table);
      } else {
        b.append("<details><summary>")
            .append(Html.escape(t.caption()))
            .append("</summary>")
            .append(table)
            .append("</details>");
      }
    }
    return b.toString();
  }

  /**
   * Returns a table: a caption, the header cells with scope col, per row its first cell a header
   * cell with scope row (a link to its area's page where {@code areas} gives one), numbers aligned
   * right; a line break in a cell stays one.
   */
  private String table(
      String caption,
      List<String> header,
      List<List<String>> rows,
      Set<Integer> numeric,
      List<List<Color>> fills,
      List<String> areas) {
    // In a box that scrolls sideways on a narrow screen (reachable with the keyboard), so that a
    // wide table does not run off a phone's page.
    StringBuilder b = new StringBuilder(Html.tableBox(caption)).append("<table><caption>");
    b.append(Html.escape(caption)).append("</caption><thead><tr>");
    for (String h : header) {
      b.append("<th scope=\"col\">").append(cell(h)).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      b.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        String text = row.get(i);
        suppressed |= DutchFormat.SUPPRESSED.equals(text);
        Color fill = fills == null ? null : fills.get(r).get(i);
        String style = fill == null ? "" : " style=\"background:" + SvgMap.hex(fill) + "\"";
        if (i == 0) {
          String page = areas == null || areas.get(r) == null ? null : areaLink.apply(areas.get(r));
          b.append("<th scope=\"row\"").append(style).append('>');
          if (page != null) {
            b.append("<a href=\"").append(page).append("\">").append(cell(text)).append("</a>");
          } else {
            b.append(cell(text));
          }
          b.append("</th>");
        } else {
          b.append(numeric.contains(i) ? "<td class=\"getal\"" : "<td")
              .append(style)
              .append('>')
              .append(cell(text))
              .append("</td>");
        }
      }
      b.append("</tr>");
    }
    return b.append("</tbody></table></div>").toString();
  }

  /**
   * Returns a cell's text: a line break stays one, and a long name may break after {@code _} or
   * {@code /} ({@code inschrijvingen_po_parnassys.csv}), so that a wide table fits the page.
   */
  private static String cell(String text) {
    return Html.escape(text).replace("\n", "<br>").replace("_", "_<wbr>").replace("/", "/<wbr>");
  }

  /**
   * Returns an id for a heading: its words in lower case joined by {@code -}, unique in the page.
   */
  private String id(String text) {
    String base =
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
      base = "deel-" + base;
    }
    String id = base;
    for (int n = 2; !ids.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }
}
