package nl.leamonitor.analytics.protect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An attacker written apart from the code under test: for one small table it enumerates every
 * whole-number table that agrees with what is published and with what anyone knows (counts at least
 * 0, a noemer of at least 1 where a row exists, a teller at most its noemer, outcomes adding up to
 * the cohort, wijken adding up to the gemeente), and collects the values each figure takes. Only
 * for tiny tables: it tries every combination.
 *
 * <p>A table has areas (wijken, then the gemeente last) and columns: one column per outcome
 * (outcome tables, whose columns add up to the noemer) or one teller column (simple tables, whose
 * teller is at most the noemer). Cells and noemers are known or unknown.
 */
final class BruteForceAttacker {
  private final long[][] cells;
  private final long[] noemers;
  private final boolean[][] cellKnown;
  private final boolean[] noemerKnown;
  private final boolean outcomes;
  private final long cap;
  private final int wijken;
  private final Map<String, Set<Long>> seen = new HashMap<>();

  /**
   * Creates the attacker of one table.
   *
   * @param cells true values [area][column], the gemeente last
   * @param noemers true noemers per area
   * @param cellKnown whether a reader sees the cell
   * @param noemerKnown whether a reader sees the noemer
   * @param outcomes true when the columns partition the noemer; false for one teller at most the
   *     noemer
   * @param cap the largest value tried for an unknown noemer
   */
  BruteForceAttacker(
      long[][] cells,
      long[] noemers,
      boolean[][] cellKnown,
      boolean[] noemerKnown,
      boolean outcomes,
      long cap) {
    this.cells = cells;
    this.noemers = noemers;
    this.cellKnown = cellKnown;
    this.noemerKnown = noemerKnown;
    this.outcomes = outcomes;
    this.cap = cap;
    this.wijken = noemers.length - 1;
  }

  /**
   * Returns, per figure ("a,c" for a cell, "a,N" for a noemer, "a,C" for a simple table's
   * complement), the values it can take.
   */
  Map<String, Set<Long>> attack() {
    int columns = cells[0].length;
    long[][] trial = new long[wijken][columns];
    long[] trialNoemer = new long[wijken];
    area(0, trial, trialNoemer);
    return seen;
  }

  private void area(int a, long[][] trial, long[] trialNoemer) {
    if (a == wijken) {
      check(trial, trialNoemer);
      return;
    }
    long lo = noemerKnown[a] ? noemers[a] : 1;
    long hi = noemerKnown[a] ? noemers[a] : cap;
    for (long n = lo; n <= hi; n++) {
      trialNoemer[a] = n;
      if (!partialFits(a, trial, trialNoemer, -1)) {
        continue;
      }
      cellsOf(a, 0, n, trial, trialNoemer);
    }
  }

  private void cellsOf(int a, int c, long left, long[][] trial, long[] trialNoemer) {
    int columns = cells[0].length;
    if (c == columns) {
      if (outcomes && left != 0) {
        return;
      }
      area(a + 1, trial, trialNoemer);
      return;
    }
    long lo = cellKnown[a][c] ? cells[a][c] : 0;
    long hi = cellKnown[a][c] ? cells[a][c] : (outcomes ? left : trialNoemer[a]);
    for (long v = lo; v <= hi; v++) {
      if (outcomes && v > left) {
        break;
      }
      if (!outcomes && v > trialNoemer[a]) {
        break;
      }
      trial[a][c] = v;
      if (!partialFits(a, trial, trialNoemer, c)) {
        continue;
      }
      cellsOf(a, c + 1, outcomes ? left - v : left, trial, trialNoemer);
    }
  }

  /**
   * Returns whether the wijken so far stay within the gemeente's known column (up to column c of
   * area a).
   */
  private boolean partialFits(int a, long[][] trial, long[] trialNoemer, int c) {
    int g = wijken;
    if (noemerKnown[g]) {
      long sum = 0;
      for (int w = 0; w <= a; w++) {
        sum += trialNoemer[w];
      }
      if (sum > noemers[g]) {
        return false;
      }
    }
    for (int col = 0; col <= c; col++) {
      if (cellKnown[g][col]) {
        long sum = 0;
        for (int w = 0; w <= a; w++) {
          sum += trial[w][col];
        }
        if (sum > cells[g][col]) {
          return false;
        }
      }
    }
    return true;
  }

  private void check(long[][] trial, long[] trialNoemer) {
    int g = wijken;
    int columns = cells[0].length;
    long n = 0;
    for (int w = 0; w < wijken; w++) {
      n += trialNoemer[w];
    }
    if (noemerKnown[g] && n != noemers[g]) {
      return;
    }
    long[] column = new long[columns];
    for (int col = 0; col < columns; col++) {
      for (int w = 0; w < wijken; w++) {
        column[col] += trial[w][col];
      }
      if (cellKnown[g][col] && column[col] != cells[g][col]) {
        return;
      }
    }
    for (int w = 0; w < wijken; w++) {
      record(w, trial[w], trialNoemer[w]);
    }
    record(g, column, n);
  }

  private void record(int a, long[] row, long n) {
    seen.computeIfAbsent(a + ",N", x -> new TreeSet<>()).add(n);
    for (int c = 0; c < row.length; c++) {
      seen.computeIfAbsent(a + "," + c, x -> new TreeSet<>()).add(row[c]);
    }
    if (!outcomes) {
      seen.computeIfAbsent(a + ",C", x -> new TreeSet<>()).add(n - row[0]);
    }
  }

  /**
   * Returns the figures of a table that primary suppression protects, as keys of {@link #attack()}.
   */
  static List<String> smallFigures(long[][] cells, long[] noemers, boolean outcomes, int k) {
    List<String> small = new ArrayList<>();
    for (int a = 0; a < noemers.length; a++) {
      if (noemers[a] < k) {
        small.add(a + ",N");
      }
      for (int c = 0; c < cells[a].length; c++) {
        if (cells[a][c] >= 1 && cells[a][c] < k) {
          small.add(a + "," + c);
        }
      }
      if (!outcomes && noemers[a] - cells[a][0] >= 1 && noemers[a] - cells[a][0] < k) {
        small.add(a + ",C");
      }
    }
    return small;
  }

  /**
   * Returns the small figures of a table that a reader of the published rows can narrow to fewer
   * than k values, each with the values it can take; empty means the publication holds.
   */
  static List<String> narrowed(
      List<nl.leamonitor.analytics.publish.IndicatorRow> published,
      long[][] cells,
      long[] noemers,
      boolean outcomes,
      int k) {
    boolean[][][] visible =
        SmallTables.visible(published, noemers.length, cells[0].length, outcomes);
    Map<String, Set<Long>> values =
        new BruteForceAttacker(
                cells,
                noemers,
                visible[0],
                visible[1][0],
                outcomes,
                noemers[noemers.length - 1] + k)
            .attack();
    List<String> narrowed = new ArrayList<>();
    for (String figure : smallFigures(cells, noemers, outcomes, k)) {
      Set<Long> possible = values.get(figure);
      if (possible == null || possible.size() < k) {
        narrowed.add(figure + " takes only " + possible);
      }
    }
    return narrowed;
  }
}
