package nl.leamonitor.analytics.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import nl.leamonitor.analytics.publish.IndicatorRow;
import org.junit.jupiter.api.Test;

/**
 * Many small random publications protected by the code, then attacked by {@link
 * BruteForceAttacker}, which shares no code with the protection: no small figure may be narrowed to
 * fewer than k values. The seed is printed on failure.
 */
class RandomTablesAttackTest {
  private static final int K = 3;
  private static final int WIJKEN = 3;

  @Test
  void noSmallFigureOfARandomOutcomeTableCanBeNarrowed() {
    for (long seed = 1; seed <= 60; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      long[][] cells = new long[WIJKEN + 1][3];
      long[] noemers = new long[WIJKEN + 1];
      for (int w = 0; w < WIJKEN; w++) {
        for (int c = 0; c < 3; c++) {
          cells[w][c] = random.nextInt(4) == 0 ? 0 : random.nextInt(5);
        }
        if (cells[w][0] + cells[w][1] + cells[w][2] == 0) {
          cells[w][2] = 1;
        }
        for (int c = 0; c < 3; c++) {
          cells[WIJKEN][c] += cells[w][c];
          noemers[w] += cells[w][c];
        }
        noemers[WIJKEN] += noemers[w];
      }
      attack(seed, cells, noemers, true, SmallTables.outcomeRows(cells, noemers));
    }
  }

  @Test
  void noSmallFigureOfARandomProportionTableCanBeNarrowed() {
    for (long seed = 1; seed <= 60; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      long[][] cells = new long[WIJKEN + 1][1];
      long[] noemers = new long[WIJKEN + 1];
      for (int w = 0; w < WIJKEN; w++) {
        noemers[w] = 1 + random.nextInt(7);
        cells[w][0] = random.nextInt((int) noemers[w] + 1);
        cells[WIJKEN][0] += cells[w][0];
        noemers[WIJKEN] += noemers[w];
      }
      attack(seed, cells, noemers, false, SmallTables.simpleRows(cells, noemers));
    }
  }

  @Test
  void aFindingWhoseSurroundingsThisRoundHidAlreadyWaitsForTheNextAudit() {
    // Found by random seed 1011: W2 and W3 have cohorts of 1 (below k = 3). After one round
    // everything near W3's niet_gevonden was hidden for other findings, and protection gave up
    // (nothing published) although the next audit accepts.
    long[][] cells = {{4, 1, 2}, {0, 0, 1}, {0, 0, 1}, {4, 1, 4}};
    long[] noemers = {7, 1, 1, 9};
    List<IndicatorRow> rows = SmallTables.outcomeRows(cells, noemers);
    List<IndicatorRow> published = SmallNumberProtection.protect(rows, K).rows();
    assertEquals(List.of(), BruteForceAttacker.narrowed(published, cells, noemers, true, K));
  }

  private static void attack(
      long seed, long[][] cells, long[] noemers, boolean outcomes, List<IndicatorRow> rows) {
    List<IndicatorRow> published = SmallNumberProtection.protect(rows, K).rows();
    assertEquals(
        List.of(),
        BruteForceAttacker.narrowed(published, cells, noemers, outcomes, K),
        "seed "
            + seed
            + " (cells "
            + Arrays.deepToString(cells)
            + ", noemers "
            + Arrays.toString(noemers)
            + ")");
  }
}
