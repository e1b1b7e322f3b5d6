package nl.leamonitor.analytics.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.leamonitor.analytics.publish.IndicatorRow;
import org.junit.jupiter.api.Test;

/**
 * Tables of more wijken than {@link Systems#LOCAL_TERMS}, where a gemeente's sum over its wijken is
 * a relation of hundreds of terms at national scale: the auditor vouches for a target from the
 * closed part around it ({@link Systems#closed}), which takes in only a few hidden cells of such a
 * sum. That shortcut must never accept what the whole system narrows below k, and must accept a
 * target that is safe only because another wijk's hidden cells take up the change in the sum.
 */
class WideTablesTest {
  private static final int K = 5;
  private static final int AREAS = 31;

  /**
   * 30 wijken of I08 (hbo, mbo, niet_gevonden of one cohort) and the gemeente. Wijk 1 has hbo 2,
   * mbo 3, niet_gevonden 15 of 20; the other 29 have 10, 10, 10 of 30, and all but wijk 2 are
   * published. Both wijken are suppressed whole, the gemeente is published.
   *
   * <p>By hand: with the 28 published wijken subtracted, the gemeente's sums leave for wijken 1 and
   * 2 together hbo 12, mbo 13, niet_gevonden 25 (cohort 50): a two-by-three table whose row sums
   * (the cohorts) are hidden too. Wijk 1's hbo can be anything from 0 to 12, wijk 2's taking the
   * rest: thirteen values, safe at k = 5. Fixing wijk 2 at its true figures instead pins wijk 1 to
   * its true figures by the gemeente's sums, so only a closed part that takes in wijk 2's hidden
   * cells of those sums (as absorbers) can vouch for wijk 1.
   */
  @Test
  void aTargetSafeOnlyThroughAnotherWijkOfTheSumIsVouchedFor() {
    long[][] cells = new long[AREAS][];
    long[] noemers = new long[AREAS];
    for (int a = 0; a < AREAS - 1; a++) {
      cells[a] = new long[] {10, 10, 10};
      noemers[a] = 30;
    }
    cells[0] = new long[] {2, 3, 15};
    noemers[0] = 20;
    cells[AREAS - 1] = new long[] {2 + 10 * 29, 3 + 10 * 29, 15 + 10 * 29};
    noemers[AREAS - 1] = 20 + 30 * 29;
    List<IndicatorRow> rows = SmallTables.outcomeRows(cells, noemers);
    boolean[] suppressed = new boolean[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      String area = rows.get(i).gebiedCode();
      suppressed[i] =
          area.equals(SmallTables.area(0, AREAS)) || area.equals(SmallTables.area(1, AREAS));
    }
    Audits audits = new Audits(rows, suppressed);
    assertEquals(2, audits.targets.size(), "hbo en mbo van wijk 1");
    assertEquals(List.of(), audits.screen(), "de gesloten omgeving bewijst beide doelen veilig");
    assertEquals(List.of(), audits.exact(), "het hele stelsel geeft ze ook minstens k waarden");
  }

  /**
   * Wide random tables with random suppression: every target the closed parts vouch for is also
   * accepted by the optima over the whole system, so the exact findings are among the screened
   * ones. A failure prints its seed.
   */
  @Test
  void vouchingNeverAcceptsWhatTheWholeSystemNarrows() {
    int compared = 0;
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      long[][] cells = new long[AREAS][3];
      long[] noemers = new long[AREAS];
      for (int a = 0; a < AREAS - 1; a++) {
        for (int c = 0; c < 3; c++) {
          cells[a][c] = random.nextInt(4) == 0 ? random.nextInt(K) : random.nextInt(25);
          cells[AREAS - 1][c] += cells[a][c];
        }
        noemers[a] =
            cells[a][0]
                + cells[a][1]
                + cells[a][2]
                + (random.nextBoolean() ? 0 : random.nextInt(3));
        noemers[AREAS - 1] += noemers[a];
      }
      List<IndicatorRow> rows = SmallTables.outcomeRows(cells, noemers);
      boolean[] suppressed = new boolean[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        suppressed[i] = SmallNumberProtection.primary(rows.get(i), K) || random.nextInt(6) == 0;
      }
      Audits audits = new Audits(rows, suppressed);
      List<Target> screened = audits.screen();
      List<Target> exact = audits.exact();
      assertTrue(
          screened.containsAll(exact), "seed " + seed + ": " + exact + " niet in " + screened);
      compared += audits.targets.size() - screened.size();
    }
    assertTrue(compared > 100, "genoeg doelen bewezen veilig om iets te vergelijken: " + compared);
  }

  /** Screens and audits one publication of a table. */
  private static final class Audits {
    final List<Target> targets;
    private final RangeAuditor auditor;
    private final ProtectionModel model;

    Audits(List<IndicatorRow> rows, boolean[] suppressed) {
      boolean[] primary = new boolean[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        primary[i] = SmallNumberProtection.primary(rows.get(i), K);
      }
      targets = SmallNumberProtection.targets(rows, primary, K);
      model = new ProtectionModel(rows, suppressed.clone());
      auditor = new RangeAuditor(AttackerKnowledge.of(rows), K);
    }

    List<Target> screen() {
      return new ArrayList<>(
          auditor.screen(model::hidden, targets).stream()
              .map(RangeAuditor.Finding::target)
              .toList());
    }

    List<Target> exact() {
      return auditor.optima(model::hidden, targets).stream()
          .map(RangeAuditor.Finding::target)
          .toList();
    }
  }
}
