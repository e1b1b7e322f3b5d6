package nl.leamonitor.analytics.protect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.leamonitor.analytics.compute.AdviceCell;
import nl.leamonitor.analytics.publish.AdviceCrossTable;

/**
 * Small-number protection of the cross-table of schooladvies against toetsadvies (contract section
 * 4, for "every number in the reports").
 *
 * <p>What a reader knows: the counts are whole numbers of at least 0; the cells above the diagonal
 * (toets hoger) add up to I12's gemeente teller and the others to its noemer minus its teller, both
 * published in I12's gemeente row; nothing else (the table has no row or column totals, and no
 * other figure counts pupils by advice). So the two groups of cells are separate: within a group
 * whose suppressed cells add up to S (known: the group's sum minus its published cells), each
 * suppressed cell can be any whole number from 0 to S, provided at least two cells are suppressed
 * (the others take the rest). That is S + 1 values, so a group is protected when it has no
 * suppressed cell, or at least two whose sum is at least k - 1.
 *
 * <p>Rules: a cell of 1 to k-1 pupils is suppressed (primary); in a group with a suppressed cell,
 * the group's smallest published cells are suppressed too (secondary, the smallest positive first,
 * a 0 only to make two) until the rule above holds. Where a group cannot meet it (its whole sum is
 * below k - 1), or where I12's gemeente row is not published (the table's sums would then reveal
 * it), the table is not shown at all.
 */
public final class CrossTableProtection {
  private CrossTableProtection() {}

  /**
   * Returns the table of one schooljaar as it may be shown, or empty where it may not.
   *
   * @param cells the schooljaar's cells (each pair with at least one pupil), all of one schooljaar
   * @param i12Published whether I12's gemeente totaal row of that schooljaar is published (neither
   *     suppressed nor voorlopig)
   * @param k the minimum cell size
   * @throws IllegalArgumentException for cells of more than one schooljaar, or none
   */
  public static Optional<AdviceCrossTable> protect(
      List<AdviceCell> cells, boolean i12Published, int k) {
    if (cells.isEmpty() || cells.stream().map(AdviceCell::schooljaar).distinct().count() != 1) {
      throw new IllegalArgumentException("cellen van precies één schooljaar verwacht");
    }
    if (!i12Published) {
      return Optional.empty();
    }
    Map<Integer, String> rows = new TreeMap<>();
    Map<Integer, String> columns = new TreeMap<>();
    Map<List<Integer>, Long> counts = new HashMap<>();
    for (AdviceCell c : cells) {
      rows.put(c.schooladviesRang(), c.schooladvies());
      columns.put(c.toetsadviesRang(), c.toetsadvies());
      counts.merge(List.of(c.schooladviesRang(), c.toetsadviesRang()), c.aantal(), Long::sum);
    }
    Map<List<Integer>, Boolean> suppressed = new LinkedHashMap<>();
    for (int r : rows.keySet()) {
      for (int c : columns.keySet()) {
        long n = counts.getOrDefault(List.of(r, c), 0L);
        suppressed.put(List.of(r, c), n >= 1 && n < k);
      }
    }
    for (boolean hoger : new boolean[] {true, false}) {
      List<List<Integer>> group =
          suppressed.keySet().stream().filter(p -> (p.get(1) > p.get(0)) == hoger).toList();
      if (!protectGroup(group, counts, suppressed, k)) {
        return Optional.empty();
      }
    }
    List<AdviceCrossTable.Cell> out = new ArrayList<>();
    suppressed.forEach(
        (pair, hidden) ->
            out.add(
                new AdviceCrossTable.Cell(
                    rows.get(pair.get(0)),
                    columns.get(pair.get(1)),
                    pair.get(1) > pair.get(0),
                    hidden ? null : counts.getOrDefault(pair, 0L))));
    return Optional.of(
        new AdviceCrossTable(
            cells.get(0).schooljaar(),
            List.copyOf(rows.values()),
            List.copyOf(columns.values()),
            out));
  }

  /**
   * Suppresses more cells of a group until its suppressed cells are none, or two or more adding up
   * to at least k - 1; returns false where the group cannot get there.
   */
  private static boolean protectGroup(
      List<List<Integer>> group,
      Map<List<Integer>, Long> counts,
      Map<List<Integer>, Boolean> suppressed,
      int k) {
    List<List<Integer>> candidates =
        new ArrayList<>(
            group.stream()
                .filter(p -> !suppressed.get(p))
                .sorted(
                    Comparator.comparing((List<Integer> p) -> counts.getOrDefault(p, 0L) == 0)
                        .thenComparing(p -> counts.getOrDefault(p, 0L)))
                .toList());
    while (true) {
      List<List<Integer>> hidden = group.stream().filter(suppressed::get).toList();
      long sum = hidden.stream().mapToLong(p -> counts.getOrDefault(p, 0L)).sum();
      if (hidden.isEmpty() || (hidden.size() >= 2 && sum >= k - 1)) {
        return true;
      }
      if (candidates.isEmpty()) {
        return false;
      }
      // Raise the sum with the smallest positive cell; once it is high enough, a 0 makes two.
      List<Integer> next =
          sum >= k - 1
              ? candidates.stream()
                  .filter(p -> counts.getOrDefault(p, 0L) == 0)
                  .findFirst()
                  .orElse(candidates.get(0))
              : candidates.get(0);
      candidates.remove(next);
      suppressed.put(next, true);
    }
  }
}
