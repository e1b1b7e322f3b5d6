package nl.leamonitor.reports;

import com.lowagie.text.DocumentException;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.ingest.geo.WijkBoundaries;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.maps.ChoroplethMap;
import nl.leamonitor.reports.maps.MapFill;
import nl.leamonitor.reports.maps.WijkShapes;
import nl.leamonitor.reports.pdf.PdfReportWriter;
import nl.leamonitor.reports.pdf.ReportFonts;

/**
 * The maps of {@code wijkvergelijking.pdf}: a page of small maps, one per indicator in its latest
 * final schooljaar, and on each wijk's profile a small map that locates the wijk. Without {@code
 * referentie/wijken.geojson} there are none.
 */
final class MapPages {
  /** The heading of the page of small maps. */
  static final String HEADING = "Kaarten per indicator";

  /** The small maps on one page: at most 24, in 3 to 6 columns (five unless fewer fit better). */
  static final int COLUMNS = 5;

  static final int PER_PAGE = 24;

  /** A small map's title: at most three lines of 6 points. */
  private static final int TITLE_LINES = 3;

  private static final float TITLE_SIZE = 6;

  /** The size of the locator map beside a profile's heading, in points. */
  static final float LOCATOR_WIDTH = 140;

  static final float LOCATOR_HEIGHT = 82;

  /** A wijk on its locator map, and the other wijken. */
  static final Color HIGHLIGHT = PdfReportWriter.ACCENT;

  static final Color OTHER = new Color(0xE4, 0xE4, 0xE4);

  private final PublishedTable table;
  private final WijkShapes shapes;
  private final List<IndicatorMaps> drawn = new ArrayList<>();

  MapPages(PublishedTable table, WijkBoundaries boundaries) {
    this.table = table;
    this.shapes = new WijkShapes(boundaries.shapes(), table.wijken());
  }

  /** Returns whether there is no map to draw (no boundaries of the report's wijken). */
  boolean isEmpty() {
    return shapes.isEmpty();
  }

  /** Returns the maps drawn on the overview by the last {@link #overview}. */
  List<IndicatorMaps> drawn() {
    return drawn;
  }

  /** Returns the maps of the overview: the count (I01's totaal) first, then each measure. */
  static List<IndicatorMaps> maps(
      PublishedTable table, List<NeighbourhoodReport.Measure> measures) {
    List<IndicatorMaps> maps = new ArrayList<>();
    for (Indicator indicator : IndicatorCatalogue.ALL) {
      Optional<Schooljaar> latest = table.latest(indicator.id());
      if (indicator.isCount() && indicator.hasTotaal() && latest.isPresent()) {
        NeighbourhoodReport.Measure m =
            new NeighbourhoodReport.Measure(indicator, null, latest.get());
        maps.add(IndicatorMaps.counts(table, indicator, null, latest.get(), title(m)));
      }
    }
    for (NeighbourhoodReport.Measure m : measures) {
      maps.add(IndicatorMaps.judged(table, m.indicator(), m.categorie(), m.schooljaar(), title(m)));
    }
    return maps;
  }

  private static String title(NeighbourhoodReport.Measure m) {
    return m.label() + WijkOverview.unit(m.indicator()) + ", " + m.schooljaar().label();
  }

  /** What the page of small maps shows, in the report and on the web page with the same maps. */
  static final String INTRODUCTION =
      "Per indicator een kaart van het laatste schooljaar met definitieve cijfers. Elke wijk is"
          + " gekleurd naar de vergelijking met de gemeente: "
          + Judgement.colourKey()
          + ". Bij een indicator waarbij hoger of lager geen oordeel is, staat hoger (geel, "
          + Judgement.HOGER.symbol()
          + ") of lager (paars, "
          + Judgement.LAGER.symbol()
          + ") dan de gemeente. Het aantal leerlingen staat in vier klassen van licht (minder)"
          + " naar donker (meer). Een gearceerde wijk met x heeft een cijfer dat niet"
          + " gepubliceerd wordt.";

  /** Writes the page (or pages) of small maps, on landscape pages. */
  void overview(PdfReportWriter pdf, List<NeighbourhoodReport.Measure> measures)
      throws DocumentException {
    List<IndicatorMaps> maps = maps(table, measures);
    drawn.clear();
    drawn.addAll(maps);
    pdf.heading(1, HEADING);
    pdf.text(INTRODUCTION);
    for (int from = 0; from < maps.size(); from += PER_PAGE) {
      if (from > 0) {
        pdf.newPage();
      }
      List<IndicatorMaps> page = maps.subList(from, Math.min(maps.size(), from + PER_PAGE));
      boolean suppressed = page.stream().anyMatch(IndicatorMaps::showsSuppressed);
      pdf.draw((g, area) -> paintGrid(g, area, page), pdf.room() - 12, suppressed);
    }
  }

  /**
   * Paints small maps in a grid, each with its title, the count's map with its classes, and under
   * the grid the key of the judgements, the wijken without a shape and the credit.
   */
  void paintGrid(Graphics2D g, Rectangle2D area, List<IndicatorMaps> maps) {
    List<MapFill> key = new ArrayList<>();
    List.of(Judgement.BETER, Judgement.GELIJK, Judgement.SLECHTER, Judgement.HOGER, Judgement.LAGER)
        .forEach(j -> key.add(IndicatorMaps.fill(j)));
    key.add(IndicatorMaps.NO_FIGURE);
    key.add(MapFill.SUPPRESSED);
    List<String> notes = new ArrayList<>();
    if (!shapes.missing().isEmpty()) {
      notes.add(ChoroplethMap.missingLine(shapes.missing()));
    }
    notes.add(ChoroplethMap.CREDIT);
    float size = 7;
    double footer = size * 1.7 * 2 + notes.size() * size * 1.6 + 6;
    int columns = columns(maps.size(), area.getWidth(), area.getHeight() - footer);
    int rows = (int) Math.ceil(maps.size() / (double) columns);
    double cellWidth = area.getWidth() / columns;
    double cellHeight =
        Math.min(
            (cellWidth - 12) / shapes.aspect() + CELL_TEXT,
            (area.getHeight() - footer) / Math.max(1, rows));
    for (int i = 0; i < maps.size(); i++) {
      IndicatorMaps map = maps.get(i);
      double x = area.getX() + (i % columns) * cellWidth;
      double y = area.getY() + (i / columns) * cellHeight;
      paintCell(g, new Rectangle2D.Double(x + 4, y, cellWidth - 12, cellHeight - 6), map);
    }
    double y = area.getY() + rows * cellHeight + 2;
    y += ChoroplethMap.paintLegend(g, area.getX(), y, area.getWidth(), key, size);
    ChoroplethMap.paintNotes(g, area.getX(), y, notes, size);
  }

  /** The height of a cell's title (two lines) and a count's classes, besides its map. */
  private static final double CELL_TEXT = TITLE_LINES * TITLE_SIZE * 1.25 + 2 * 5.5 * 1.7 + 8;

  /** Returns the number of columns (3 to 6) that draws the small maps largest in an area. */
  int columns(int maps, double width, double height) {
    int best = COLUMNS;
    double largest = 0;
    for (int columns = 3; columns <= 6; columns++) {
      int rows = (int) Math.ceil(maps / (double) columns);
      double mapWidth = width / columns - 12;
      double mapHeight = height / rows - CELL_TEXT;
      double scale = Math.min(mapWidth / shapes.aspect(), mapHeight);
      if (scale > largest) {
        largest = scale;
        best = columns;
      }
    }
    return best;
  }

  /** Paints one small map: its title on one or two lines, the map, a count's classes. */
  private void paintCell(Graphics2D g, Rectangle2D cell, IndicatorMaps map) {
    float size = TITLE_SIZE;
    g.setFont(ReportFonts.awt(Font.BOLD, size));
    FontMetrics metrics = g.getFontMetrics();
    List<String> title = wrap(map.title(), metrics, cell.getWidth());
    g.setColor(new Color(0x22, 0x22, 0x22));
    double y = cell.getY() + size;
    for (String line : title) {
      g.drawString(line, (float) cell.getX(), (float) y);
      y += size * 1.25;
    }
    // Every map of a row at the same height, whatever the length of its title.
    y = cell.getY() + size + TITLE_LINES * size * 1.25 - size;
    boolean classes = map.classes();
    double legendHeight = 2 * 5.5 * 1.7;
    Rectangle2D mapArea =
        new Rectangle2D.Double(
            cell.getX(), y, cell.getWidth(), cell.getMaxY() - y - legendHeight - 2);
    ChoroplethMap.paintAreas(g, mapArea, shapes, map.fills(), IndicatorMaps.NO_FIGURE, 6);
    if (classes) {
      ChoroplethMap.paintLegend(
          g,
          cell.getX(),
          mapArea.getMaxY() + 2,
          cell.getWidth(),
          map.legend().stream().filter(f -> !f.hatched() && f != IndicatorMaps.NO_FIGURE).toList(),
          5.5f);
    }
  }

  /**
   * Breaks a title over at most {@value #TITLE_LINES} lines, between words; what does not fit is
   * cut.
   */
  static List<String> wrap(String text, FontMetrics metrics, double width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String next = line.length() == 0 ? word : line + " " + word;
      if (metrics.stringWidth(next) > width && line.length() > 0) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(next);
      }
    }
    lines.add(line.toString());
    if (lines.size() > TITLE_LINES) {
      String last = lines.get(TITLE_LINES - 1);
      while (last.length() > 4 && metrics.stringWidth(last + "...") > width) {
        last = last.substring(0, last.length() - 1);
      }
      lines = new ArrayList<>(lines.subList(0, TITLE_LINES - 1));
      lines.add(last + "...");
    }
    return lines;
  }

  /**
   * Draws the locator map of a wijk beside its profile's heading: the wijk dark, the others grey,
   * and the credit under it (or, for a wijk without a shape, that it has no map).
   */
  void locator(PdfReportWriter pdf, String code) throws DocumentException {
    boolean has = shapes.codes().contains(code);
    pdf.drawBesideHeading(
        (g, area) -> paintLocator(g, area, code, has), LOCATOR_WIDTH, LOCATOR_HEIGHT);
  }

  void paintLocator(Graphics2D g, Rectangle2D area, String code, boolean has) {
    Map<String, MapFill> fills = new java.util.HashMap<>();
    if (has) {
      fills.put(code, MapFill.of(HIGHLIGHT, "", "deze wijk"));
    }
    // The map at the right margin, the credit (wider than a small map) right-aligned under it.
    double height = area.getHeight() - 10;
    double width = Math.min(area.getWidth(), height * shapes.aspect());
    Rectangle2D map = new Rectangle2D.Double(area.getMaxX() - width, area.getY(), width, height);
    ChoroplethMap.paintAreas(g, map, shapes, fills, MapFill.of(OTHER, "", "andere wijken"), 6);
    g.setFont(ReportFonts.awt(Font.PLAIN, 5));
    g.setColor(Color.DARK_GRAY);
    String credit = (has ? "" : "Geen kaart van deze wijk. ") + ChoroplethMap.CREDIT;
    float w = g.getFontMetrics().stringWidth(credit);
    g.drawString(credit, (float) (area.getMaxX() - w), (float) (area.getMaxY() - 1.5));
  }
}
