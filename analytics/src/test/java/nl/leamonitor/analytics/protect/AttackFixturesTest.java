package nl.leamonitor.analytics.protect;

import static nl.leamonitor.analytics.protect.SmallTables.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.values.Schooljaar;
import org.junit.jupiter.api.Test;

/**
 * The attacks a privacy officer carried out on the sample (issue 11), each as a named fixture: the
 * suppression that the sums alone ask for (every hidden cell on a cycle, which the previous auditor
 * accepted) lets the attack narrow a small figure; the auditor names it; the protection closes it.
 */
class AttackFixturesTest {
  private static final int K = 5;

  private static List<String> findings(List<IndicatorRow> rows, Set<Integer> suppressed) {
    boolean[] flags = new boolean[rows.size()];
    suppressed.forEach(i -> flags[i] = true);
    List<String> found = new ArrayList<>();
    SmallNumberProtection.audit(rows, flags, K).forEach(f -> found.add(f.target().describe()));
    return found;
  }

  private static Set<Integer> indexesOf(List<IndicatorRow> rows, String... areaAndCategory) {
    Set<Integer> found = new TreeSet<>();
    for (String want : areaAndCategory) {
      for (int i = 0; i < rows.size(); i++) {
        IndicatorRow r = rows.get(i);
        String name =
            r.indicator().substring(0, 3)
                + " "
                + r.gebiedCode()
                + " "
                + (r.categorie() == null ? "totaal" : r.categorie());
        if (name.equals(want)) {
          found.add(i);
        }
      }
    }
    return found;
  }

  @Test
  void aGemeenteOutcomeOfZeroPinsTheWijkCells() {
    // I08. Nobody continues in mbo: the gemeente publishes mbo = 0, so every wijk's mbo is 0.
    // W1's hbo 2 and W2's hbo 3 are small. The sums alone hide W1 and W2's hbo (with the totaal
    // rows, whose teller is hbo) and mbo: a 2x2 cycle. But with mbo = 0, hbo = cohort -
    // niet_gevonden:
    // W1 = 8 - 6 = 2 and W2 = 13 - 10 = 3, exactly.
    long[][] cells = {{2, 0, 6}, {3, 0, 10}, {6, 0, 7}, {11, 0, 23}};
    long[] noemers = {8, 13, 13, 34};
    List<IndicatorRow> rows = SmallTables.outcomeRows(cells, noemers);
    Set<Integer> sumsOnly =
        indexesOf(
            rows,
            "I08 WK000001 totaal",
            "I08 WK000001 hbo",
            "I08 WK000001 mbo",
            "I08 WK000002 totaal",
            "I08 WK000002 hbo",
            "I08 WK000002 mbo");
    assertEquals(
        List.of(
            "teller van I08_overgang_mbo_hbo 2023-2024 WK000001 hbo",
            "teller van I08_overgang_mbo_hbo 2023-2024 WK000002 hbo"),
        findings(rows, sumsOnly));
    assertProtectedAgainstBruteForce(cells, noemers, true, SmallTables.outcomeRows(cells, noemers));
  }

  @Test
  void twoSmallWijkenFollowFromTheGemeenteMinusTheRest() {
    // I09. W1 and W2 have cohorts of 3 and 4 (below k); hiding both is a cycle in the gemeente
    // column. But their sum is 20 - 13 = 7 and their tellers' sum 11 - 7 = 4, and each teller
    // is at most its cohort: W1's cohort is 7 - W2's, with W2's at least 1 -> 1..6, but W1's
    // complement (3 - 1 = 2) and W2's (4 - 3 = 1) are small figures too: the two complements add
    // up to 7 - 4 = 3, so each lies in 0..3: 4 values.
    long[][] cells = {{1}, {3}, {7}, {11}};
    long[] noemers = {3, 4, 13, 20};
    List<IndicatorRow> rows = SmallTables.simpleRows(cells, noemers);
    assertEquals(
        List.of(
            "complement van I09_vve_bereik 2023-2024 WK000001",
            "complement van I09_vve_bereik 2023-2024 WK000002"),
        findings(rows, indexesOf(rows, "I09 WK000001 totaal", "I09 WK000002 totaal")));
    assertProtectedAgainstBruteForce(cells, noemers, false, rows);
  }

  /**
   * A privacy review of the web publication (issue 17): I01's sectors may overlap (a pupil in two
   * sectors), so the auditor took them as covering the totaal only; but where no pupil is in two,
   * they add up exactly, and a reader sees that in every year published whole. Then a hidden sector
   * is the totaal minus the others: VVE = 100 - 97 = 3. Where a pupil is in two sectors (VVE 3 + PO
   * 98 = 101), the sum is a lower bound only: VVE is 2..100.
   */
  @Test
  void sectorsThatAddUpGiveAwayTheOneHidden() {
    List<IndicatorRow> exact = new ArrayList<>();
    exact.add(row("I01_leerlingen", "GM0637", "totaal", null, 100, null));
    exact.add(row("I01_leerlingen", "GM0637", "sector", "VVE", 3, null));
    exact.add(row("I01_leerlingen", "GM0637", "sector", "PO", 97, null));
    assertEquals(
        List.of("teller van I01_leerlingen 2023-2024 GM0637 VVE"),
        findings(exact, indexesOf(exact, "I01 GM0637 VVE")));

    List<IndicatorRow> overlapping = new ArrayList<>();
    overlapping.add(row("I01_leerlingen", "GM0637", "totaal", null, 100, null));
    overlapping.add(row("I01_leerlingen", "GM0637", "sector", "VVE", 3, null));
    overlapping.add(row("I01_leerlingen", "GM0637", "sector", "PO", 98, null));
    assertEquals(List.of(), findings(overlapping, indexesOf(overlapping, "I01 GM0637 VVE")));
  }

  @Test
  void anI04NoemerIsBoundedByI01() {
    // I04 by sector, VO only shown. W1's VO noemer 3 is small; the sums hide it with W2's (40):
    // W1 + W2 = 93 - 50 = 43. I01 publishes W1's VO count 5 and W2's 41, and I04's noemer per
    // sector is a subset of I01's count of that sector: W2 <= 41 gives W1 >= 2, W1 <= 5: 2..5, 4
    // values.
    List<IndicatorRow> rows = new ArrayList<>();
    rows.add(row("I04_vsv_percentage", "GM0637", "totaal", null, 11, 93L));
    rows.add(row("I04_vsv_percentage", "GM0637", "sector", "VO", 11, 93L));
    rows.add(row("I04_vsv_percentage", "WK000001", "totaal", null, 0, 3L));
    rows.add(row("I04_vsv_percentage", "WK000001", "sector", "VO", 0, 3L));
    rows.add(row("I04_vsv_percentage", "WK000002", "totaal", null, 6, 40L));
    rows.add(row("I04_vsv_percentage", "WK000002", "sector", "VO", 6, 40L));
    rows.add(row("I04_vsv_percentage", "WK000003", "totaal", null, 5, 50L));
    rows.add(row("I04_vsv_percentage", "WK000003", "sector", "VO", 5, 50L));
    rows.add(row("I01_leerlingen", "GM0637", "totaal", null, 101, null));
    rows.add(row("I01_leerlingen", "GM0637", "sector", "VO", 101, null));
    for (String[] w : new String[][] {{"WK000001", "5"}, {"WK000002", "41"}, {"WK000003", "55"}}) {
      rows.add(row("I01_leerlingen", w[0], "totaal", null, Long.parseLong(w[1]), null));
      rows.add(row("I01_leerlingen", w[0], "sector", "VO", Long.parseLong(w[1]), null));
    }
    Set<Integer> sumsOnly =
        indexesOf(
            rows,
            "I04 WK000001 totaal",
            "I04 WK000001 VO",
            "I04 WK000002 totaal",
            "I04 WK000002 VO");
    assertEquals(
        List.of(
            "noemer van I04_vsv_percentage 2023-2024 WK000001",
            "noemer van I04_vsv_percentage 2023-2024 WK000001 VO"),
        findings(rows, sumsOnly));
    List<IndicatorRow> published = SmallNumberProtection.protect(rows, K).rows();
    assertAccepted(rows, published);
  }

  @Test
  void anI03ComplementOfOneIsSmall() {
    // I03: 5 of W1's 6 thuiszitters had a long case: exactly one had a short one. Teller and noemer
    // are at least k, but the complement is 1: the row is suppressed (and its I02 row published).
    IndicatorRow w1 = row("I03_thuiszitters_langer_3_maanden", "WK000001", "totaal", null, 5, 6L);
    assertTrue(SmallNumberProtection.primary(w1, K));
    assertTrue(
        !SmallNumberProtection.primary(
            row("I03_thuiszitters_langer_3_maanden", "WK000001", "totaal", null, 5, 10L), K));
    // The complement rule is for proportions without an outcome breakdown: I08's hbo of 5 in 6 is
    // not small.
    assertTrue(
        !SmallNumberProtection.primary(
            row("I08_overgang_mbo_hbo", "WK000001", "uitkomst", "hbo", 5, 6L), K));
    List<IndicatorRow> rows = new ArrayList<>();
    rows.add(row("I02_thuiszitters_per_1000", "GM0637", "totaal", null, 36, 3000L));
    rows.add(row("I02_thuiszitters_per_1000", "WK000001", "totaal", null, 6, 1000L));
    rows.add(row("I02_thuiszitters_per_1000", "WK000002", "totaal", null, 12, 1000L));
    rows.add(row("I02_thuiszitters_per_1000", "WK000003", "totaal", null, 18, 1000L));
    rows.add(row("I03_thuiszitters_langer_3_maanden", "GM0637", "totaal", null, 20, 36L));
    rows.add(w1);
    rows.add(row("I03_thuiszitters_langer_3_maanden", "WK000002", "totaal", null, 6, 12L));
    rows.add(row("I03_thuiszitters_langer_3_maanden", "WK000003", "totaal", null, 9, 18L));
    List<IndicatorRow> published = SmallNumberProtection.protect(rows, K).rows();
    assertTrue(
        published.stream()
            .filter(r -> r.gebiedCode().equals("WK000001") && r.indicator().startsWith("I03"))
            .allMatch(IndicatorRow::onderdrukt));
    assertAccepted(rows, published);
  }

  @Test
  void aDumbbellOfTwoBlocksJoinedByOneCellIsClosed() {
    // I01 by sector (counts). Two 2x2 blocks of small cells, W1,W2 x PO,SO and W3,W4 x VO,VSO,
    // each a cycle, joined by one small cell W2 x VO. That cell lies on no cycle: W2's row gives it
    // as W2's totaal minus the rest of the row, the rest being the block's cells whose sum the
    // columns fix (2 + 4 = 6 in PO, 3 + 1 = 4 in SO).
    String[] wijken = {"WK000001", "WK000002", "WK000003", "WK000004"};
    long[][] counts = {
      {2, 3, 60, 40, 30}, {4, 1, 2, 50, 45}, {70, 80, 3, 4, 25}, {65, 90, 1, 2, 35}
    };
    String[] sectors = {"PO", "SO", "VO", "VSO", "MBO"};
    List<IndicatorRow> rows = new ArrayList<>();
    long[] gemeente = new long[sectors.length];
    long gemeenteTotaal = 0;
    for (int w = 0; w < wijken.length; w++) {
      long total = 0;
      for (int s = 0; s < sectors.length; s++) {
        rows.add(row("I01_leerlingen", wijken[w], "sector", sectors[s], counts[w][s], null));
        total += counts[w][s];
        gemeente[s] += counts[w][s];
      }
      rows.add(row("I01_leerlingen", wijken[w], "totaal", null, total, null));
      gemeenteTotaal += total;
    }
    for (int s = 0; s < sectors.length; s++) {
      rows.add(row("I01_leerlingen", "GM0637", "sector", sectors[s], gemeente[s], null));
    }
    rows.add(row("I01_leerlingen", "GM0637", "totaal", null, gemeenteTotaal, null));
    Set<Integer> primaryOnly = new TreeSet<>();
    for (int i = 0; i < rows.size(); i++) {
      if (SmallNumberProtection.primary(rows.get(i), K)) {
        primaryOnly.add(i);
      }
    }
    assertEquals(9, primaryOnly.size());
    assertTrue(
        findings(rows, primaryOnly).contains("teller van I01_leerlingen 2023-2024 WK000002 VO"),
        findings(rows, primaryOnly).toString());
    List<IndicatorRow> published = SmallNumberProtection.protect(rows, K).rows();
    assertAccepted(rows, published);
    assertTrue(published.stream().filter(IndicatorRow::onderdrukt).count() > 9);
  }

  @Test
  void whatCannotBeProtectedStopsThePublicationNamingTheFigure() {
    // A gemeente with one wijk: the wijk's small figure is the gemeente's, which is small too;
    // hiding both leaves the wijk equal to the gemeente, and nothing else can be hidden... except
    // that nothing is published at all. The protection hides both and the auditor accepts.
    List<IndicatorRow> rows =
        List.of(
            row("I09_vve_bereik", "GM0637", "totaal", null, 2, 40L),
            row("I09_vve_bereik", "WK000001", "totaal", null, 2, 40L));
    List<IndicatorRow> published = SmallNumberProtection.protect(rows, K).rows();
    assertTrue(published.stream().allMatch(IndicatorRow::onderdrukt));
    ProtectionFailure failure =
        new ProtectionFailure(
            new Target(
                "I09_vve_bereik", Schooljaar.of("2023-2024"), "WK000001", "", "teller", Map.of()),
            K);
    assertEquals(
        "de bescherming van kleine aantallen sluit niet: de teller van I09_vve_bereik 2023-2024"
            + " WK000001 is af te leiden tot minder dan 5 mogelijke waarden, en geen ander cijfer"
            + " kan nog worden weggelaten; er wordt niets gepubliceerd",
        failure.getMessage());
  }

  private static void assertAccepted(List<IndicatorRow> rows, List<IndicatorRow> published) {
    boolean[] flags = new boolean[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      IndicatorRow r = rows.get(i);
      flags[i] =
          published.stream()
              .anyMatch(
                  p ->
                      p.indicator().equals(r.indicator())
                          && p.gebiedCode().equals(r.gebiedCode())
                          && p.uitsplitsing().equals(r.uitsplitsing())
                          && java.util.Objects.equals(p.categorie(), r.categorie())
                          && p.onderdrukt());
    }
    assertEquals(List.of(), SmallNumberProtection.audit(rows, flags, K));
  }

  private static void assertProtectedAgainstBruteForce(
      long[][] cells, long[] noemers, boolean outcomes, List<IndicatorRow> rows) {
    List<IndicatorRow> published = SmallNumberProtection.protect(rows, K).rows();
    assertEquals(List.of(), BruteForceAttacker.narrowed(published, cells, noemers, outcomes, K));
  }
}
