package nl.leamonitor.analytics.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.leamonitor.analytics.compute.AdviceCell;
import nl.leamonitor.analytics.publish.AdviceCrossTable;
import nl.leamonitor.ingest.values.Schooljaar;
import org.junit.jupiter.api.Test;

/**
 * The cross-table of schooladvies against toetsadvies, protected with k = 5. Every case is checked
 * against what a reader can work out by brute force: in each group (toets hoger, not hoger) the
 * suppressed cells add up to the group's published sum minus its shown cells; every assignment of
 * whole numbers of at least 0 with that sum is possible, and each cell that was small (1 to 4) must
 * take at least 5 values over them.
 */
class CrossTableProtectionTest {
  private static final Schooljaar T = Schooljaar.of("2023-2024");
  private static final int K = 5;

  // Ranks: VMBO-GT 8, VMBO-GT/HAVO 9, HAVO 10, VWO 12.
  private static AdviceCell cell(
      String school, int schoolRank, String toets, int toetsRank, long n) {
    return new AdviceCell(T, school, schoolRank, toets, toetsRank, n);
  }

  @Test
  void aTableWithoutSmallCellsIsShownWhole() {
    List<AdviceCell> cells =
        List.of(
            cell("VMBO-GT", 8, "VMBO-GT", 8, 40),
            cell("VMBO-GT", 8, "HAVO", 10, 12),
            cell("HAVO", 10, "HAVO", 10, 50));
    AdviceCrossTable table = CrossTableProtection.protect(cells, true, K).orElseThrow();
    assertEquals(List.of("VMBO-GT", "HAVO"), table.schooladviezen());
    assertEquals(List.of("VMBO-GT", "HAVO"), table.toetsadviezen());
    assertEquals(40L, table.cell("VMBO-GT", "VMBO-GT").aantal());
    assertEquals(12L, table.cell("VMBO-GT", "HAVO").aantal());
    assertEquals(0L, table.cell("HAVO", "VMBO-GT").aantal(), "nobody: 0, not small");
    assertEquals(50L, table.cell("HAVO", "HAVO").aantal());
    assertTrue(table.cell("VMBO-GT", "HAVO").toetsHoger());
  }

  @Test
  void aSmallCellTakesTheSmallestOtherOfItsGroupWithIt() {
    // Toets hoger: 3 (small), 10, 20. Not hoger: 50, 60, 0. The 3 alone would follow from I12's
    // teller (33); with the 10 hidden too it is anything from 0 to 13.
    List<AdviceCell> cells =
        List.of(
            cell("VMBO-GT", 8, "VMBO-GT/HAVO", 9, 3),
            cell("VMBO-GT", 8, "HAVO", 10, 10),
            cell("VMBO-GT/HAVO", 9, "HAVO", 10, 20),
            cell("VMBO-GT", 8, "VMBO-GT", 8, 50),
            cell("HAVO", 10, "HAVO", 10, 60));
    AdviceCrossTable table = CrossTableProtection.protect(cells, true, K).orElseThrow();
    assertTrue(table.cell("VMBO-GT", "VMBO-GT/HAVO").onderdrukt());
    assertTrue(table.cell("VMBO-GT", "HAVO").onderdrukt());
    assertEquals(20L, table.cell("VMBO-GT/HAVO", "HAVO").aantal());
    assertEquals(50L, table.cell("VMBO-GT", "VMBO-GT").aantal());
    assertEquals(2, table.cells().stream().filter(AdviceCrossTable.Cell::onderdrukt).count());
    assertReaderCannotNarrow(cells, table);
  }

  @Test
  void twoSmallCellsWhoseSumIsSmallTakeAThird() {
    // Not hoger: 1 and 1 (sum 2: each would be 0, 1 or 2), 6 and 40: the 6 joins them (sum 8).
    List<AdviceCell> cells =
        List.of(
            cell("HAVO", 10, "VMBO-GT", 8, 1),
            cell("VWO", 12, "HAVO", 10, 1),
            cell("VWO", 12, "VMBO-GT", 8, 6),
            cell("HAVO", 10, "HAVO", 10, 40),
            cell("VMBO-GT", 8, "HAVO", 10, 30));
    AdviceCrossTable table = CrossTableProtection.protect(cells, true, K).orElseThrow();
    assertEquals(3, table.cells().stream().filter(AdviceCrossTable.Cell::onderdrukt).count());
    assertTrue(table.cell("VWO", "VMBO-GT").onderdrukt());
    assertEquals(40L, table.cell("HAVO", "HAVO").aantal());
    assertReaderCannotNarrow(cells, table);
  }

  @Test
  void aSmallCellOfKMinusOneTakesAZeroRatherThanAFigure() {
    // Hoger: 4 (small) and 7, and the empty pair VMBO-GT x VWO. 4 is k - 1: with the 0 hidden too,
    // the 4 is anything from 0 to 4: five values; the 7 stays shown.
    List<AdviceCell> cells =
        List.of(
            cell("VMBO-GT", 8, "HAVO", 10, 4),
            cell("HAVO", 10, "VWO", 12, 7),
            cell("HAVO", 10, "HAVO", 10, 30),
            cell("VMBO-GT", 8, "VMBO-GT", 8, 30));
    AdviceCrossTable table = CrossTableProtection.protect(cells, true, K).orElseThrow();
    assertTrue(table.cell("VMBO-GT", "HAVO").onderdrukt());
    assertEquals(7L, table.cell("HAVO", "VWO").aantal());
    assertTrue(table.cell("VMBO-GT", "VWO").onderdrukt(), "the empty pair");
    assertReaderCannotNarrow(cells, table);
  }

  @Test
  void aGroupTooSmallToHideInWithholdsTheTable() {
    // Hoger: 1 and 2, together 3 < k - 1: hidden together each is still 0 to 3, four values.
    List<AdviceCell> cells =
        List.of(
            cell("VMBO-GT", 8, "HAVO", 10, 1),
            cell("HAVO", 10, "VWO", 12, 2),
            cell("HAVO", 10, "HAVO", 10, 30));
    assertTrue(CrossTableProtection.protect(cells, true, K).isEmpty());
  }

  @Test
  void withoutI12sGemeenteRowTheTableIsNotShown() {
    // Its sums would reveal the suppressed teller and noemer.
    List<AdviceCell> cells =
        List.of(cell("HAVO", 10, "HAVO", 10, 30), cell("VMBO-GT", 8, "HAVO", 10, 30));
    assertTrue(CrossTableProtection.protect(cells, false, K).isEmpty());
  }

  /**
   * Enumerates every completion of each group's suppressed cells and counts each small cell's
   * values.
   */
  private static void assertReaderCannotNarrow(List<AdviceCell> cells, AdviceCrossTable table) {
    for (boolean hoger : new boolean[] {true, false}) {
      long groupSum =
          cells.stream().filter(c -> c.toetsHoger() == hoger).mapToLong(AdviceCell::aantal).sum();
      List<AdviceCrossTable.Cell> group =
          table.cells().stream().filter(c -> c.toetsHoger() == hoger).toList();
      long shown = group.stream().filter(c -> !c.onderdrukt()).mapToLong(c -> c.aantal()).sum();
      List<AdviceCrossTable.Cell> hidden = group.stream().filter(c -> c.onderdrukt()).toList();
      if (hidden.isEmpty()) {
        continue;
      }
      List<Set<Long>> values = new ArrayList<>();
      hidden.forEach(h -> values.add(new HashSet<>()));
      enumerate(new long[hidden.size()], 0, groupSum - shown, values);
      for (int i = 0; i < hidden.size(); i++) {
        AdviceCrossTable.Cell h = hidden.get(i);
        long truth =
            cells.stream()
                .filter(
                    c ->
                        c.schooladvies().equals(h.schooladvies())
                            && c.toetsadvies().equals(h.toetsadvies()))
                .mapToLong(AdviceCell::aantal)
                .sum();
        assertTrue(values.get(i).contains(truth), "the truth is among the completions");
        if (truth >= 1 && truth < K) {
          assertTrue(values.get(i).size() >= K, h + " takes " + values.get(i));
        }
      }
    }
  }

  private static void enumerate(long[] x, int at, long rest, List<Set<Long>> values) {
    if (at == x.length - 1) {
      x[at] = rest;
      for (int i = 0; i < x.length; i++) {
        values.get(i).add(x[i]);
      }
      return;
    }
    for (long v = 0; v <= rest; v++) {
      x[at] = v;
      enumerate(x, at + 1, rest - v, values);
    }
  }
}
