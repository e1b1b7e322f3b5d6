package nl.leamonitor.analytics.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.leamonitor.analytics.publish.IndicatorRow;
import org.junit.jupiter.api.Test;

/**
 * Small-number protection on adversarial tables: whatever the suppressor does, the published
 * rows must pass the auditor, and the extra suppression must stay small.
 */
class SmallNumberProtectionTest {
  private static final int K = 5;
  private static final String YEAR = "2023-2024";

  private static IndicatorRow row(String indicator, String area, String uitsplitsing, String categorie, long teller, Long noemer) {
    String type = area.startsWith("GM") ? IndicatorRow.GEMEENTE : IndicatorRow.WIJK;
    double value = noemer == null ? teller : 100.0 * teller / noemer;
    return new IndicatorRow(indicator, YEAR, type, area, area, uitsplitsing, categorie, teller, noemer, value,
        null, null, null, null, null, false, false);
  }

  private static Set<String> suppressed(List<IndicatorRow> rows) {
    Set<String> names = new TreeSet<>();
    for (IndicatorRow r : rows) {
      if (r.onderdrukt()) {
        names.add(r.gebiedCode() + (r.categorie() == null ? "" : " " + r.categorie()));
      }
    }
    return names;
  }

  private static void assertAuditorAccepts(List<IndicatorRow> published) {
    boolean[] flags = new boolean[published.size()];
    for (int i = 0; i < flags.length; i++) {
      flags[i] = published.get(i).onderdrukt();
      assertFalse(!flags[i] && SmallNumberProtection.primary(published.get(i), K), "published row breaks the primary rule");
    }
    ProtectionModel model = new ProtectionModel(published, flags);
    assertEquals(List.of(), DisclosureAuditor.derivable(model.grids(), model::hidden));
  }

  @Test
  void singleSmallWijkNeedsAPartner() {
    // I09 has no breakdown: wijken add up to the gemeente. A's noemer 3 is below k; alone it would
    // be G - B - C = 100 - 47 - 50. The cheapest partner is B (teller 20 < C's 30).
    List<IndicatorRow> rows = List.of(
        row("I09_vve_bereik", "GM0637", "totaal", null, 52, 100L),
        row("I09_vve_bereik", "WK000001", "totaal", null, 2, 3L),
        row("I09_vve_bereik", "WK000002", "totaal", null, 20, 47L),
        row("I09_vve_bereik", "WK000003", "totaal", null, 30, 50L));
    List<IndicatorRow> published = SmallNumberProtection.protect(rows, K);
    assertEquals(Set.of("WK000001", "WK000002"), suppressed(published));
    assertAuditorAccepts(published);
  }

  @Test
  void twoSmallCategoriesInOneWijkAreClosedByAFourCellBlock() {
    // I04 by sector: in wijk A both VO (3) and MBO (2) are small. Row A's totaal stays, but column VO
    // and column MBO would each give A's cell as gemeente minus the other wijken: the suppressor
    // must hide one more wijk's VO and MBO (a 2x2 block), and leave all totaal rows published.
    List<IndicatorRow> rows = new ArrayList<>();
    rows.add(row("I04_vsv_percentage", "GM0637", "totaal", null, 45, 650L));
    rows.add(row("I04_vsv_percentage", "GM0637", "sector", "VO", 23, 400L));
    rows.add(row("I04_vsv_percentage", "GM0637", "sector", "MBO", 22, 250L));
    rows.add(row("I04_vsv_percentage", "WK000001", "totaal", null, 5, 150L));
    rows.add(row("I04_vsv_percentage", "WK000001", "sector", "VO", 3, 100L));
    rows.add(row("I04_vsv_percentage", "WK000001", "sector", "MBO", 2, 50L));
    rows.add(row("I04_vsv_percentage", "WK000002", "totaal", null, 15, 200L));
    rows.add(row("I04_vsv_percentage", "WK000002", "sector", "VO", 8, 120L));
    rows.add(row("I04_vsv_percentage", "WK000002", "sector", "MBO", 7, 80L));
    rows.add(row("I04_vsv_percentage", "WK000003", "totaal", null, 25, 300L));
    rows.add(row("I04_vsv_percentage", "WK000003", "sector", "VO", 12, 180L));
    rows.add(row("I04_vsv_percentage", "WK000003", "sector", "MBO", 13, 120L));
    List<IndicatorRow> published = SmallNumberProtection.protect(rows, K);
    assertEquals(Set.of("WK000001 MBO", "WK000001 VO", "WK000002 MBO", "WK000002 VO"), suppressed(published));
    assertAuditorAccepts(published);
  }

  @Test
  void dumbbellBridgeIsClosed() {
    // I01 by sector (counts). Two 2x2 blocks of small cells: W1,W2 x PO,SO and W3,W4 x VO,VSO, each
    // safe on its own, joined by one small cell W2 x VO. That cell is a bridge: the blocks' sums fix it.
    String[] wijken = {"WK000001", "WK000002", "WK000003", "WK000004"};
    long[][] counts = {
        // PO, SO, VO, VSO, MBO
        {2, 3, 60, 40, 30},
        {4, 1, 2, 50, 45},
        {70, 80, 3, 4, 25},
        {65, 90, 1, 2, 35}};
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

    // Without secondary suppression the auditor finds the bridge, and only it.
    boolean[] primaryOnly = new boolean[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      primaryOnly[i] = SmallNumberProtection.primary(rows.get(i), K);
    }
    ProtectionModel primary = new ProtectionModel(rows, primaryOnly);
    assertEquals(List.of(new Quantity('T', "I01_leerlingen", YEAR, "sector", "VO", "WK000002")),
        DisclosureAuditor.derivable(primary.grids(), primary::hidden));

    List<IndicatorRow> published = SmallNumberProtection.protect(rows, K);
    assertAuditorAccepts(published);
    Set<String> hidden = suppressed(published);
    assertTrue(hidden.contains("WK000002 VO"));
    assertEquals(9 + 1, hidden.size(), "one extra cell closes the bridge: " + hidden);
  }

  @Test
  void auditOfPublishedRowsNamesWhatIsWrong() {
    List<IndicatorRow> rows = List.of(
        row("I09_vve_bereik", "GM0637", "totaal", null, 52, 100L),
        row("I09_vve_bereik", "WK000001", "totaal", null, 2, 3L).suppressed(),
        row("I09_vve_bereik", "WK000002", "totaal", null, 20, 47L),
        row("I09_vve_bereik", "WK000003", "totaal", null, 3, 50L));
    assertEquals(List.of("gepubliceerd onder k: I09_vve_bereik 2023-2024 WK000003",
        "afleidbaar: teller I09_vve_bereik 2023-2024 WK000001; noemer I09_vve_bereik 2023-2024 WK000001"),
        SmallNumberProtection.audit(rows, K));
  }

  @Test
  void zeroTellersArePublishedSmallOnesAreNot() {
    IndicatorRow zero = row("I09_vve_bereik", "WK000001", "totaal", null, 0, 40L);
    IndicatorRow small = row("I09_vve_bereik", "WK000001", "totaal", null, 4, 40L);
    IndicatorRow smallNoemer = row("I09_vve_bereik", "WK000001", "totaal", null, 0, 4L);
    IndicatorRow k = row("I09_vve_bereik", "WK000001", "totaal", null, 5, 5L);
    assertFalse(SmallNumberProtection.primary(zero, K));
    assertTrue(SmallNumberProtection.primary(small, K));
    assertTrue(SmallNumberProtection.primary(smallNoemer, K));
    assertFalse(SmallNumberProtection.primary(k, K));
  }

  @Test
  void suppressedRowsCarryNoNumbers() {
    IndicatorRow r = row("I09_vve_bereik", "WK000001", "totaal", null, 2, 40L).suppressed();
    assertTrue(r.onderdrukt());
    assertEquals(null, r.teller());
    assertEquals(null, r.noemer());
    assertEquals(null, r.waarde());
  }
}
