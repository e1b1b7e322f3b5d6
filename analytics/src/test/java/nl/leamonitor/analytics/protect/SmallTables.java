package nl.leamonitor.analytics.protect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.values.Schooljaar;

/**
 * Small tables of two kinds written as published rows: I08 (outcomes hbo, mbo, niet_gevonden of one
 * cohort, the totaal row's teller being hbo) and I09 (one teller of a noemer). Areas are
 * WK000001... and the gemeente GM0637 last.
 */
final class SmallTables {
  static final Schooljaar YEAR = Schooljaar.of("2023-2024");
  static final String I08 = "I08_overgang_mbo_hbo";
  static final String I09 = "I09_vve_bereik";
  static final String[] OUTCOMES = {"hbo", "mbo", "niet_gevonden"};

  private SmallTables() {}

  static String area(int a, int areas) {
    return a == areas - 1 ? "GM0637" : String.format("WK%06d", a + 1);
  }

  static IndicatorRow row(
      String indicator,
      String area,
      String uitsplitsing,
      String categorie,
      long teller,
      Long noemer) {
    return row(YEAR, indicator, area, uitsplitsing, categorie, teller, noemer);
  }

  /** Returns a row of another schooljaar than {@link #YEAR}. */
  static IndicatorRow row(
      Schooljaar year,
      String indicator,
      String area,
      String uitsplitsing,
      String categorie,
      long teller,
      Long noemer) {
    String type = area.startsWith("GM") ? IndicatorRow.GEMEENTE : IndicatorRow.WIJK;
    double value = noemer == null ? teller : 100.0 * teller / noemer;
    return new IndicatorRow(
        indicator,
        year,
        type,
        area,
        area,
        uitsplitsing,
        categorie,
        teller,
        noemer,
        value,
        null,
        null,
        null,
        null,
        null,
        false,
        false);
  }

  /** Returns the rows of an I08 table: cells [area][outcome], the gemeente last. */
  static List<IndicatorRow> outcomeRows(long[][] cells, long[] noemers) {
    List<IndicatorRow> rows = new ArrayList<>();
    for (int a = 0; a < noemers.length; a++) {
      String area = area(a, noemers.length);
      rows.add(row(I08, area, "totaal", null, cells[a][0], noemers[a]));
      for (int c = 0; c < OUTCOMES.length; c++) {
        rows.add(row(I08, area, "uitkomst", OUTCOMES[c], cells[a][c], noemers[a]));
      }
    }
    return rows;
  }

  /** Returns the rows of an I09 table: cells [area][0], the gemeente last. */
  static List<IndicatorRow> simpleRows(long[][] cells, long[] noemers) {
    List<IndicatorRow> rows = new ArrayList<>();
    for (int a = 0; a < noemers.length; a++) {
      rows.add(row(I09, area(a, noemers.length), "totaal", null, cells[a][0], noemers[a]));
    }
    return rows;
  }

  /**
   * Returns what a reader sees of a table: [0] per area and column whether the cell is published,
   * [1] per area whether the noemer is; read from the published rows.
   */
  static boolean[][][] visible(
      List<IndicatorRow> published, int areas, int columns, boolean outcomes) {
    Map<String, Boolean> shown = new HashMap<>();
    for (IndicatorRow r : published) {
      String key = r.gebiedCode() + "/" + (r.categorie() == null ? "totaal" : r.categorie());
      shown.put(key, !r.onderdrukt());
    }
    boolean[][] cells = new boolean[areas][columns];
    boolean[][] noemers = new boolean[1][areas];
    for (int a = 0; a < areas; a++) {
      String area = area(a, areas);
      boolean any = false;
      if (outcomes) {
        for (int c = 0; c < columns; c++) {
          boolean cell = shown.getOrDefault(area + "/" + OUTCOMES[c], false);
          cells[a][c] = cell || (c == 0 && shown.getOrDefault(area + "/totaal", false));
          any |= cell;
        }
        any |= shown.getOrDefault(area + "/totaal", false);
      } else {
        cells[a][0] = shown.getOrDefault(area + "/totaal", false);
        any = cells[a][0];
      }
      noemers[0][a] = any;
    }
    return new boolean[][][] {cells, noemers};
  }
}
