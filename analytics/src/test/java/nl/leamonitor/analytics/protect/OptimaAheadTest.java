package nl.leamonitor.analytics.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import nl.leamonitor.analytics.publish.IndicatorRow;
import org.junit.jupiter.api.Test;

/**
 * The auditor solves a large system's optima down on another thread while it solves those up
 * ({@link RangeAuditor}): the findings, their numbers of values and the count of solves (pruning's
 * budget) must be those of the optima solved one after the other, whatever the threads do. Auditors
 * made with {@code aheadFrom} 0 solve every system so; with {@link Integer#MAX_VALUE}, none.
 */
class OptimaAheadTest {
  private static final int K = 5;
  private static final int AREAS = 31;
  private static final int AHEAD = 0;
  private static final int ONE_AFTER_THE_OTHER = Integer.MAX_VALUE;

  /**
   * 30 wijken of I08 and the gemeente; wijk 1 has hbo 2, mbo 3, niet_gevonden 15 of 20, the others
   * 10, 10, 10 of 30 (the WideTablesTest table). By hand: with only wijk 1 suppressed, the
   * gemeente's sums less the 29 published wijken give its hbo and mbo exactly (1 value each); with
   * wijk 2 suppressed too, the two wijken share hbo 12, mbo 13, niet_gevonden 25, and wijk 1's hbo
   * and mbo can each take 13 values (0 to 12 and 0 to 13 within the cohorts): no finding.
   */
  @Test
  void findsByHandWithTheOptimaDownAhead() {
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
    boolean[] wijk1 = suppressedIn(rows, SmallTables.area(0, AREAS));
    Optima pinned = new Optima(rows, wijk1, AHEAD);
    assertEquals(
        List.of(
            "teller van I08_overgang_mbo_hbo 2023-2024 WK000001 hbo 1",
            "teller van I08_overgang_mbo_hbo 2023-2024 WK000001 mbo 1"),
        pinned.findings());
    boolean[] both = suppressedIn(rows, SmallTables.area(0, AREAS), SmallTables.area(1, AREAS));
    assertEquals(List.of(), new Optima(rows, both, AHEAD).findings());
  }

  /**
   * Wide random tables with random suppression: the same findings, values and count of solves with
   * the optima down ahead as one after the other. A failure prints its seed.
   */
  @Test
  void aheadFindsAndCountsAsOneAfterTheOther() {
    int found = 0;
    for (long seed = 1; seed <= 30; seed++) {
      RandomTable table = RandomTable.of(seed);
      List<IndicatorRow> rows = table.rows();
      boolean[] suppressed = table.suppressed();
      Optima sequential = new Optima(rows, suppressed, ONE_AFTER_THE_OTHER);
      Optima ahead = new Optima(rows, suppressed, AHEAD);
      List<String> expected = sequential.findings();
      assertEquals(expected, ahead.findings(), "seed " + seed);
      assertEquals(sequential.auditor.solves(), ahead.auditor.solves(), "seed " + seed);
      found += expected.size();
    }
    assertTrue(found > 20, "genoeg bevindingen om te vergelijken: " + found);
  }

  /**
   * Whole systems in bounds form (a relation of one unknown as its bound): the same findings and
   * numbers of values as in the form of before, on wide random tables, where the noemers at least 1
   * and the cells at most a published total are such relations. A failure prints its seed.
   */
  @Test
  void boundsFormFindsAsBefore() {
    int found = 0;
    for (long seed = 1; seed <= 30; seed++) {
      RandomTable table = RandomTable.of(seed);
      List<IndicatorRow> rows = table.rows();
      boolean[] suppressed = table.suppressed();
      List<String> before = new Optima(rows, suppressed, ONE_AFTER_THE_OTHER, false).findings();
      assertEquals(before, new Optima(rows, suppressed, AHEAD, true).findings(), "seed " + seed);
      found += before.size();
    }
    assertTrue(found > 20, "genoeg bevindingen om te vergelijken: " + found);
  }

  /**
   * A wide random table of 30 wijken and the gemeente (the gemeente's cells the sums), about a
   * third of its cells below k, and its rows suppressed where primary or at random one in eight.
   */
  private record RandomTable(List<IndicatorRow> rows, boolean[] suppressed) {
    static RandomTable of(long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      long[][] cells = new long[AREAS][3];
      long[] noemers = new long[AREAS];
      for (int a = 0; a < AREAS - 1; a++) {
        for (int c = 0; c < 3; c++) {
          cells[a][c] = random.nextInt(3) == 0 ? random.nextInt(K) : random.nextInt(25);
          cells[AREAS - 1][c] += cells[a][c];
        }
        noemers[a] = cells[a][0] + cells[a][1] + cells[a][2] + random.nextInt(3);
        noemers[AREAS - 1] += noemers[a];
      }
      List<IndicatorRow> rows = SmallTables.outcomeRows(cells, noemers);
      boolean[] suppressed = new boolean[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        suppressed[i] = SmallNumberProtection.primary(rows.get(i), K) || random.nextInt(8) == 0;
      }
      return new RandomTable(rows, suppressed);
    }
  }

  private static boolean[] suppressedIn(List<IndicatorRow> rows, String... areas) {
    boolean[] suppressed = new boolean[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      for (String area : areas) {
        suppressed[i] |= rows.get(i).gebiedCode().equals(area);
      }
    }
    return suppressed;
  }

  /** The exact audit of one publication of a table by an auditor with the given threshold. */
  private static final class Optima {
    private final List<Target> targets;
    private final ProtectionModel model;
    private final RangeAuditor auditor;

    Optima(List<IndicatorRow> rows, boolean[] suppressed, int aheadFrom) {
      this(rows, suppressed, aheadFrom, false);
    }

    Optima(List<IndicatorRow> rows, boolean[] suppressed, int aheadFrom, boolean bounded) {
      boolean[] primary = new boolean[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        primary[i] = SmallNumberProtection.primary(rows.get(i), K);
      }
      targets = SmallNumberProtection.targets(rows, primary, K);
      model = new ProtectionModel(rows, suppressed.clone());
      auditor = new RangeAuditor(AttackerKnowledge.of(rows), K, aheadFrom, bounded);
    }

    /** Returns each finding as its target's description and its number of values. */
    List<String> findings() {
      return auditor.optima(model::hidden, targets).stream()
          .map(f -> f.target().describe() + " " + f.possibleValues())
          .toList();
    }
  }
}
