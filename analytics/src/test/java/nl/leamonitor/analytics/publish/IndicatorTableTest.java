package nl.leamonitor.analytics.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.compute.Cell;
import nl.leamonitor.ingest.values.Schooljaar;
import org.junit.jupiter.api.Test;

/** Gemeente rows, values, intervals, comparisons and the number format, worked out by hand. */
class IndicatorTableTest {
  private static final SortedMap<String, String> WIJKEN =
      new TreeMap<>(java.util.Map.of("WK000001", "Oost", "WK000002", "West"));

  @Test
  void gemeenteSumsAllWijkCellsAlsoUnpublishedOnes() {
    // I04: Oost 10/200; West has 2 vsv but no enrolled pupils (noemer 0): no West row, but its
    // tellers count in the gemeente: 12/200 = 6 %.
    List<IndicatorRow> rows =
        IndicatorTable.build(
            IndicatorCatalogue.byId("I04_vsv_percentage"),
            List.of(
                new Cell(Schooljaar.of("2023-2024"), "WK000001", "totaal", null, 10, 200L),
                new Cell(Schooljaar.of("2023-2024"), "WK000002", "totaal", null, 2, 0L)),
            WIJKEN,
            "GM0001",
            "Stad");
    assertEquals(2, rows.size());
    IndicatorRow gemeente = rows.get(0);
    assertEquals("gemeente", gemeente.gebiedType());
    assertEquals(12L, gemeente.teller());
    assertEquals(200L, gemeente.noemer());
    assertEquals(6.0, gemeente.waarde(), 1e-12);
    IndicatorRow oost = rows.get(1);
    assertEquals(5.0, oost.waarde(), 1e-12);
    // Wilson 95 % for 10/200 (p = 0.05, n = 200, z = 1.959963985), computed by hand:
    // centre = (0.05 + 3.8415/400) / (1 + 3.8415/200) = 0.059604 / 1.019207 = 0.058481
    // half = 1.96 * sqrt(0.0475/200 + 3.8415/160000) / 1.019207 = 1.96 * sqrt(0.00026151) /
    // 1.019207
    //      = 1.96 * 0.016171 / 1.019207 = 0.031098
    assertEquals(100 * (0.058481 - 0.031098), oost.ciLaag(), 1e-3);
    assertEquals(100 * (0.058481 + 0.031098), oost.ciHoog(), 1e-3);
  }

  @Test
  void tellerAboveNoemerHasAValueButNoInterval() {
    List<IndicatorRow> rows =
        IndicatorTable.build(
            IndicatorCatalogue.byId("I04_vsv_percentage"),
            List.of(new Cell(Schooljaar.of("2023-2024"), "WK000001", "totaal", null, 6, 5L)),
            WIJKEN,
            "GM0001",
            "Stad");
    IndicatorRow oost = rows.get(1);
    assertEquals(120.0, oost.waarde(), 1e-12);
    assertEquals(null, oost.ciLaag());
    assertEquals(null, oost.ciHoog());
  }

  @Test
  void comparisonUsesTheWijkIntervalAndTheGemeenteValue() {
    // Gemeente 60/600 = 10 %. Oost 50/100 = 50 %, interval far above: hoger. West 10/500 = 2 %:
    // lager.
    List<IndicatorRow> rows =
        IndicatorTable.compare(
            IndicatorTable.build(
                IndicatorCatalogue.byId("I09_vve_bereik"),
                List.of(
                    new Cell(Schooljaar.of("2023-2024"), "WK000001", "totaal", null, 50, 100L),
                    new Cell(Schooljaar.of("2023-2024"), "WK000002", "totaal", null, 10, 500L)),
                WIJKEN,
                "GM0001",
                "Stad"));
    assertEquals(null, rows.get(0).vergelijking());
    assertEquals(Comparison.HOGER, rows.get(1).vergelijking());
    assertEquals(Comparison.LAGER, rows.get(2).vergelijking());
    // A suppressed gemeente row leaves the wijken without a comparison.
    List<IndicatorRow> withoutGemeente =
        IndicatorTable.compare(List.of(rows.get(0).suppressed(), rows.get(1).withComparison(null)));
    assertEquals(null, withoutGemeente.get(1).vergelijking());
  }

  @Test
  void allOfAWijkAgainstAGemeenteOfAHundredPercentIsGelijk() {
    // I09: Oost 12 of 12, West 30 of 30: gemeente 42 of 42 = 100 %. Oost's upper limit is exactly
    // 100 (it was 99.99999999999999 by rounding, which made Oost "lager"); its lower limit is
    // 12 / (12 + z^2) = 12 / 15.8415 = 75.75 % by hand (n of n mirrors 0 of n: 1 - z^2 / (n +
    // z^2)).
    List<IndicatorRow> rows =
        IndicatorTable.compare(
            IndicatorTable.build(
                IndicatorCatalogue.byId("I09_vve_bereik"),
                List.of(
                    new Cell(Schooljaar.of("2023-2024"), "WK000001", "totaal", null, 12, 12L),
                    new Cell(Schooljaar.of("2023-2024"), "WK000002", "totaal", null, 30, 30L)),
                WIJKEN,
                "GM0001",
                "Stad"));
    IndicatorRow gemeente = rows.get(0);
    IndicatorRow oost = rows.get(1);
    assertEquals(100.0, gemeente.waarde());
    assertEquals(100.0, gemeente.ciHoog());
    assertEquals(100.0, oost.ciHoog());
    assertEquals(75.75, oost.ciLaag(), 1e-2);
    assertEquals(Comparison.GELIJK, oost.vergelijking());
    assertEquals(Comparison.GELIJK, rows.get(2).vergelijking());
    // And 0 of n: the lower limit is exactly 0, also scaled.
    IndicatorRow none =
        IndicatorTable.build(
                IndicatorCatalogue.byId("I09_vve_bereik"),
                List.of(new Cell(Schooljaar.of("2023-2024"), "WK000001", "totaal", null, 0, 12L)),
                WIJKEN,
                "GM0001",
                "Stad")
            .get(1);
    assertEquals(0.0, none.ciLaag());
    assertEquals("0", IndicatorCsvWriter.number(none.ciLaag()));
  }

  @Test
  void noneOfAWijkAgainstAGemeenteOfZeroIsGelijk() {
    // I09: Oost 0 of 9, West 0 of 30: gemeente 0 of 39 = 0 %. Oost's lower limit is exactly 0 (the
    // formula's centre minus half-width is 2.8e-17 for 0 of 9 in doubles, above 0: "hoger");
    // its upper limit z^2 / (9 + z^2) = 3.8415 / 12.8415 = 29.91 % by hand.
    List<IndicatorRow> rows =
        IndicatorTable.compare(
            IndicatorTable.build(
                IndicatorCatalogue.byId("I09_vve_bereik"),
                List.of(
                    new Cell(Schooljaar.of("2023-2024"), "WK000001", "totaal", null, 0, 9L),
                    new Cell(Schooljaar.of("2023-2024"), "WK000002", "totaal", null, 0, 30L)),
                WIJKEN,
                "GM0001",
                "Stad"));
    IndicatorRow oost = rows.get(1);
    assertEquals(0.0, rows.get(0).waarde());
    assertEquals(0.0, oost.ciLaag());
    assertEquals(29.91, oost.ciHoog(), 1e-2);
    assertEquals(Comparison.GELIJK, oost.vergelijking());
    assertEquals(Comparison.GELIJK, rows.get(2).vergelijking());
    for (IndicatorRow r : rows) {
      assertTrue(r.ciLaag() >= 0 && r.ciHoog() <= 100, "bounds within [0, 100]: " + r);
      assertTrue(r.ci998Laag() >= 0 && r.ci998Hoog() <= 100, "99.8 % bounds within [0, 100]: " + r);
    }
  }

  @Test
  void aRunningSchooljaarKeepsOnlyItsGemeenteRowsMarkedVoorlopig() {
    // I04 on rapportagedatum 30 Jun 2025: 2024-2025 ends 30 Sep 2025 (voorlopig), 2023-2024 ended
    // 30 Sep 2024.
    // 2024-2025: Oost 10/200, West 2/0 (no row of its own, but counted): gemeente 12/200,
    // voorlopig; no wijk rows.
    List<Cell> cells =
        List.of(
            new Cell(Schooljaar.of("2023-2024"), "WK000001", "totaal", null, 8, 190L),
            new Cell(Schooljaar.of("2024-2025"), "WK000001", "totaal", null, 10, 200L),
            new Cell(Schooljaar.of("2024-2025"), "WK000002", "totaal", null, 2, 0L));
    var i04 = IndicatorCatalogue.byId("I04_vsv_percentage");
    List<IndicatorRow> rows =
        IndicatorTable.voorlopig(
            i04,
            IndicatorTable.build(i04, cells, WIJKEN, "GM0001", "Stad"),
            java.time.LocalDate.of(2025, 6, 30));
    assertEquals(
        List.of(
            "2023-2024 GM0001 8/190 false",
            "2023-2024 WK000001 8/190 false",
            "2024-2025 GM0001 12/200 true"),
        rows.stream()
            .map(
                r ->
                    r.schooljaar()
                        + " "
                        + r.gebiedCode()
                        + " "
                        + r.teller()
                        + "/"
                        + r.noemer()
                        + " "
                        + r.voorlopig())
            .toList());
    assertEquals(6.0, rows.get(2).waarde(), 1e-12);
    // I01 counts enrolments, not events during the year: never voorlopig.
    var i01 = IndicatorCatalogue.byId("I01_leerlingen");
    List<IndicatorRow> counts =
        IndicatorTable.voorlopig(
            i01,
            IndicatorTable.build(
                i01,
                List.of(new Cell(Schooljaar.of("2024-2025"), "WK000001", "totaal", null, 50, null)),
                WIJKEN,
                "GM0001",
                "Stad"),
            java.time.LocalDate.of(2025, 6, 30));
    assertEquals(List.of(false, false), counts.stream().map(IndicatorRow::voorlopig).toList());
  }

  @Test
  void voorlopigIsAPropertyOfTheIndicatorAndEndsOnTheSchooljaarsLastDay() {
    // Which indicators count events:
    // IndicatorCatalogueTest.voorlopigIndicatorsAreThoseTheContractNames.
    var i02 = IndicatorCatalogue.byId("I02_thuiszitters_per_1000");
    assertEquals(
        true, i02.voorlopig(Schooljaar.of("2023-2024"), java.time.LocalDate.of(2023, 10, 1)));
    assertEquals(
        true, i02.voorlopig(Schooljaar.of("2023-2024"), java.time.LocalDate.of(2024, 9, 29)));
    assertEquals(
        false, i02.voorlopig(Schooljaar.of("2023-2024"), java.time.LocalDate.of(2024, 9, 30)));
    assertEquals(
        false, i02.voorlopig(Schooljaar.of("2022-2023"), java.time.LocalDate.of(2024, 6, 30)));
    assertEquals(
        false,
        IndicatorCatalogue.byId("I09_vve_bereik")
            .voorlopig(Schooljaar.of("2023-2024"), java.time.LocalDate.of(2023, 10, 1)));
  }

  @Test
  void countsHaveNoNoemerIntervalOrComparison() {
    List<IndicatorRow> rows =
        IndicatorTable.compare(
            IndicatorTable.build(
                IndicatorCatalogue.byId("I01_leerlingen"),
                List.of(new Cell(Schooljaar.of("2023-2024"), "WK000001", "totaal", null, 50, null)),
                WIJKEN,
                "GM0001",
                "Stad"));
    assertEquals(50.0, rows.get(1).waarde());
    assertEquals(null, rows.get(1).noemer());
    assertEquals(null, rows.get(1).ciLaag());
    assertEquals(null, rows.get(1).vergelijking());
  }

  @Test
  void numbersHaveADecimalPointFullPrecisionAndNoExponent() {
    assertEquals("12.5", IndicatorCsvWriter.number(12.5));
    assertEquals("100", IndicatorCsvWriter.number(100.0));
    assertEquals("0", IndicatorCsvWriter.number(0.0));
    assertEquals("0.0001", IndicatorCsvWriter.number(0.0001));
    assertEquals("33.333333333333336", IndicatorCsvWriter.number(100.0 / 3));
    assertEquals("1234", IndicatorCsvWriter.number(1234L));
    assertEquals("", IndicatorCsvWriter.number(null));
  }
}
