package nl.leamonitor.analytics.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.leamonitor.analytics.publish.IndicatorRow;
import org.junit.jupiter.api.Test;

/**
 * What a reader knows about issue 15's indicators (contract section 4): I16's situaties partition
 * its teller, and the cohorts of I12 and I14 are at most I01's totaal in the same wijk.
 */
class NewIndicatorRelationsTest {
  private static final String I16 = "I16_rmc_jongeren_per_1000";

  /**
   * I16 for the gemeente: 12 young people of 1000, WERK 5, ZORG 5, TRAJECT 2, GEEN 0, ONBEKEND 0.
   * TRAJECT's 2 is small (1 to k-1) and suppressed. Were the situaties only each at most the totaal
   * and together at least it, TRAJECT could be 2 to 12: 11 values. That they partition the teller
   * pins it: 12 - 5 - 5 - 0 - 0 = 2.
   */
  private static final List<IndicatorRow> I16_ROWS =
      List.of(
          SmallTables.row(I16, "GM0637", IndicatorRow.TOTAAL, null, 12, 1000L),
          SmallTables.row(I16, "GM0637", "situatie", "WERK", 5, 1000L),
          SmallTables.row(I16, "GM0637", "situatie", "ZORG", 5, 1000L),
          SmallTables.row(I16, "GM0637", "situatie", "TRAJECT", 2, 1000L),
          SmallTables.row(I16, "GM0637", "situatie", "GEEN", 0, 1000L),
          SmallTables.row(I16, "GM0637", "situatie", "ONBEKEND", 0, 1000L));

  @Test
  void theSituatiesPartitionTheTeller() {
    List<Relation> partitions =
        AttackerKnowledge.of(I16_ROWS).relations().stream()
            .filter(r -> r.reason().equals("de categorieën verdelen de teller"))
            .toList();
    assertEquals(1, partitions.size());
    assertEquals(Relation.Sense.EQUAL, partitions.get(0).sense());
    assertEquals(6, partitions.get(0).terms().size(), "five situaties and the totaal");
  }

  @Test
  void suppressingOnlyTheSmallSituatieWouldPinIt() {
    boolean[] smallOnly = {false, false, false, true, false, false};
    assertEquals(1, SmallNumberProtection.audit(I16_ROWS, smallOnly, 5).size());
    List<IndicatorRow> protectedRows = SmallNumberProtection.protect(I16_ROWS, 5).rows();
    boolean[] suppressed = new boolean[protectedRows.size()];
    for (int i = 0; i < suppressed.length; i++) {
      suppressed[i] = protectedRows.get(i).onderdrukt();
    }
    assertTrue(protectedRows.get(3).onderdrukt());
    assertTrue(
        protectedRows.stream().filter(IndicatorRow::onderdrukt).count() >= 2,
        "a second cell hides TRAJECT");
    assertEquals(List.of(), SmallNumberProtection.audit(I16_ROWS, suppressed, 5));
  }

  @Test
  void theCohortsOfI12AndI14AreAtMostI01sTotaal() {
    List<IndicatorRow> rows =
        List.of(
            SmallTables.row("I01_leerlingen", "WK063701", IndicatorRow.TOTAAL, null, 40, null),
            SmallTables.row("I12_toetsadvies_hoger", "WK063701", IndicatorRow.TOTAAL, null, 3, 20L),
            SmallTables.row("I14_positie_vo3", "WK063701", IndicatorRow.TOTAAL, null, 3, 20L));
    List<Relation> within =
        AttackerKnowledge.of(rows).relations().stream()
            .filter(
                r ->
                    r.reason()
                        .equals("het cohort is een deel van de leerlingen van I01_leerlingen"))
            .toList();
    assertEquals(2, within.size());
    for (Relation r : within) {
      assertTrue(
          r.terms().keySet().stream()
              .anyMatch(
                  q ->
                      q.toString().contains("I01_leerlingen")
                          && q.toString().contains(IndicatorRow.TOTAAL)),
          r.toString());
    }
  }

  @Test
  void anI13PlaceholderCountsAmongI13sSuppressedRows() {
    // I12: wijk A 0 of 3 (noemer below k: suppressed), wijk B 10 of 40, gemeente 10 of 43. I13
    // has rows only where I12's teller is above 0: B 5 of 10 and the gemeente 5 of 10. A's missing
    // I13 row would tell that A's suppressed I12 teller is 0, so a suppressed placeholder is added;
    // the count of suppressed I13 rows that the log, manifest and report publish must include it,
    // or comparing it with indicatoren.csv gives the placeholder away.
    String i12 = "I12_toetsadvies_hoger";
    String i13 = "I13_advies_bijgesteld";
    List<IndicatorRow> rows =
        List.of(
            SmallTables.row(i12, "WK000001", IndicatorRow.TOTAAL, null, 0, 3L),
            SmallTables.row(i12, "WK000002", IndicatorRow.TOTAAL, null, 10, 40L),
            SmallTables.row(i12, "GM0637", IndicatorRow.TOTAAL, null, 10, 43L),
            SmallTables.row(i13, "WK000002", IndicatorRow.TOTAAL, null, 5, 10L),
            SmallTables.row(i13, "GM0637", IndicatorRow.TOTAAL, null, 5, 10L));
    SmallNumberProtection.Protection p = SmallNumberProtection.protect(rows, 5);
    long suppressedI13 =
        p.rows().stream().filter(r -> r.indicator().equals(i13) && r.onderdrukt()).count();
    assertTrue(
        p.rows().stream()
            .anyMatch(r -> r.indicator().equals(i13) && r.gebiedCode().equals("WK000001")),
        "the placeholder");
    SmallNumberProtection.Cost cost =
        p.costs().stream().filter(c -> c.indicator().equals(i13)).findFirst().orElseThrow();
    assertEquals(suppressedI13, cost.primary() + cost.secondary());
    for (String id : List.of(i12, i13)) {
      long published =
          p.rows().stream().filter(r -> r.indicator().equals(id) && r.onderdrukt()).count();
      SmallNumberProtection.Cost c =
          p.costs().stream().filter(x -> x.indicator().equals(id)).findFirst().orElseThrow();
      assertEquals(published, c.primary() + c.secondary(), id);
    }
  }
}
