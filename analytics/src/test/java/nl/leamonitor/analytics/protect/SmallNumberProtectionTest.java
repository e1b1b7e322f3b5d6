package nl.leamonitor.analytics.protect;

import static nl.leamonitor.analytics.protect.SmallTables.row;
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
 * Small-number protection on adversarial tables: whatever the suppressor does, the published rows
 * must pass the auditor, and the extra suppression must stay small.
 */
class SmallNumberProtectionTest {
  private static final int K = 5;

  private static Set<String> suppressed(List<IndicatorRow> rows) {
    Set<String> names = new TreeSet<>();
    for (IndicatorRow r : rows) {
      if (r.onderdrukt()) {
        names.add(r.gebiedCode() + (r.categorie() == null ? "" : " " + r.categorie()));
      }
    }
    return names;
  }

  private static void assertAuditorAccepts(List<IndicatorRow> rows, List<IndicatorRow> published) {
    Set<String> hidden = suppressed(published);
    boolean[] flags = new boolean[rows.size()];
    for (int i = 0; i < flags.length; i++) {
      IndicatorRow r = rows.get(i);
      flags[i] =
          hidden.contains(r.gebiedCode() + (r.categorie() == null ? "" : " " + r.categorie()));
      assertFalse(
          !flags[i] && SmallNumberProtection.primary(r, K),
          "published row breaks the primary rule");
    }
    assertEquals(List.of(), SmallNumberProtection.audit(rows, flags, K));
  }

  @Test
  void singleSmallWijkNeedsAPartner() {
    // I09 has no breakdown: wijken add up to the gemeente. A's noemer 3 is below k; alone it would
    // be G - B - C = 100 - 47 - 50. The cheapest partner is B (teller 20 < C's 30).
    List<IndicatorRow> rows =
        List.of(
            row("I09_vve_bereik", "GM0637", "totaal", null, 52, 100L),
            row("I09_vve_bereik", "WK000001", "totaal", null, 2, 3L),
            row("I09_vve_bereik", "WK000002", "totaal", null, 20, 47L),
            row("I09_vve_bereik", "WK000003", "totaal", null, 30, 50L));
    List<IndicatorRow> published = SmallNumberProtection.protect(rows, K).rows();
    assertEquals(Set.of("WK000001", "WK000002"), suppressed(published));
    assertAuditorAccepts(rows, published);
  }

  @Test
  void twoSmallCategoriesInOneWijkAreClosedByAFourCellBlock() {
    // I04 by sector: in wijk A both VO (3) and MBO (2) are small. Row A's totaal stays, but column
    // VO
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
    List<IndicatorRow> published = SmallNumberProtection.protect(rows, K).rows();
    assertEquals(
        Set.of("WK000001 MBO", "WK000001 VO", "WK000002 MBO", "WK000002 VO"),
        suppressed(published));
    assertAuditorAccepts(rows, published);
  }

  @Test
  void zeroTellersArePublishedSmallOnesAreNot() {
    IndicatorRow zero = row("I09_vve_bereik", "WK000001", "totaal", null, 0, 40L);
    IndicatorRow small = row("I09_vve_bereik", "WK000001", "totaal", null, 4, 40L);
    IndicatorRow smallNoemer = row("I09_vve_bereik", "WK000001", "totaal", null, 0, 4L);
    IndicatorRow k = row("I09_vve_bereik", "WK000001", "totaal", null, 5, 5L);
    IndicatorRow smallComplement = row("I09_vve_bereik", "WK000001", "totaal", null, 36, 40L);
    IndicatorRow zeroComplement = row("I09_vve_bereik", "WK000001", "totaal", null, 40, 40L);
    assertTrue(SmallNumberProtection.primary(smallComplement, K));
    assertFalse(SmallNumberProtection.primary(zeroComplement, K));
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
