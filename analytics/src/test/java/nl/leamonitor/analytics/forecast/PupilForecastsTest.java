package nl.leamonitor.analytics.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.leamonitor.analytics.compute.Gemeente;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.ingest.codes.Sector;
import nl.leamonitor.ingest.values.Schooljaar;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link PupilForecasts} on cells made by hand: rounding, what is missing and why (the
 * exact Dutch messages), school wijken not compared, and a backtest that never compares a count I01
 * suppresses.
 */
class PupilForecastsTest {
  private static final Gemeente GEMEENTE = new Gemeente("GM0637", "Zoetermeer");
  private static final Schooljaar Y2023 = Schooljaar.of("2023-2024");
  private static final Schooljaar Y2030 = Schooljaar.of("2030-2031");
  private static final SortedMap<String, String> WIJKEN =
      new TreeMap<>(java.util.Map.of("WK063701", "Centrum", "WK063702", "Dorp"));

  @Test
  void wholePupilsRoundHalfUpAndIgnoreSummationNoise() {
    assertEquals(3, WholePupils.round(2.5));
    assertEquals(3, WholePupils.round(2.4999999999999996)); // 2.5 summed in another order
    assertEquals(2, WholePupils.round(2.49));
    assertEquals(0, WholePupils.round(0.0));
    assertEquals(-3, WholePupils.round(-2.5));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> WholePupils.round(Double.NaN));
    assertEquals("geen eindig getal: NaN", e.getMessage());
  }

  @Test
  void withoutBaseYearsOrForecastYearsThereIsNoForecastAndTheReasonSaysWhy() {
    PupilForecast noBase =
        PupilForecasts.build(
            new ForecastCells(List.of(), List.of(), List.of(), false, List.of(), List.of()),
            WIJKEN,
            GEMEENTE,
            5,
            List.of());
    assertFalse(noBase.present());
    assertEquals(
        new Explanation(
            "Geen leerlingenprognose (P01): geen schooljaar heeft zowel inschrijvingen als"
                + " bevolkingscijfers van 1 oktober van dat jaar (referentie/bevolking.csv).",
            "Er is geen leerlingenprognose: geen schooljaar heeft zowel inschrijvingen als"
                + " bevolkingscijfers per wijk en leeftijd van 1 oktober van dat jaar."),
        noBase.missing().orElseThrow());
    PupilForecast noYears =
        PupilForecasts.build(
            new ForecastCells(List.of(Y2023), List.of(), List.of(), false, List.of(), List.of()),
            WIJKEN,
            GEMEENTE,
            5,
            List.of());
    assertEquals(
        new Explanation(
            "Geen leerlingenprognose (P01): referentie/bevolkingsprognose.csv heeft geen jaar na"
                + " 2023 (het laatste basisjaar is 2023-2024).",
            "Er is geen leerlingenprognose: de bevolkingsprognose van de gemeente gaat niet verder"
                + " dan 2023, het jaar van het laatste schooljaar met gegevens (2023-2024)."),
        noYears.missing().orElseThrow());
  }

  @Test
  void aSchoolWijkIsComparedOnlyWhereEveryLocationHasACapacity() {
    PupilForecast forecast =
        PupilForecasts.build(
            new ForecastCells(
                List.of(Y2023),
                List.of(),
                List.of(
                    new WijkForecast(Y2030, "WK063701", Sector.PO, 120.4, 90),
                    new WijkForecast(Y2030, "WK063702", Sector.PO, 30.2, 20)),
                true,
                List.of(
                    new SchoolWijkForecast(Y2030, "WK063701", Sector.PO, 100.5, 80, 90, 1, 1),
                    new SchoolWijkForecast(Y2030, "WK063702", Sector.PO, 40.0, 30, 25, 2, 1)),
                List.of()),
            WIJKEN,
            GEMEENTE,
            5,
            List.of());
    assertEquals(
        List.of(
            new ForecastRow(
                Y2030,
                GebiedType.SCHOOLWIJK,
                "WK063701",
                "Centrum",
                Sector.PO,
                101L,
                false,
                90L,
                11L)),
        forecast.rows(GebiedType.SCHOOLWIJK));
    assertEquals(
        List.of(
            new Explanation(
                "Schoolwijk Dorp (PO) is niet met de capaciteit vergeleken: 1 van de 2"
                    + " schoollocaties heeft geen capaciteit in referentie/scholen.csv.",
                "De scholen in Dorp (PO) zijn niet met hun plaatsen vergeleken: van 1 van de 2"
                    + " scholen is het aantal plaatsen niet aangeleverd.")),
        forecast.notes());
    // 120.4 + 30.2 = 150.6: the gemeente rounds once (151), the wijken give 120 + 30 = 150.
    assertEquals(151L, forecast.rows(GebiedType.GEMEENTE).get(0).leerlingen());
    assertEquals(
        Optional.of(
            "Geen toetsing van de prognose: alleen 2023-2024 heeft zowel inschrijvingen als"
                + " bevolkingscijfers; de toetsing voorspelt het laatste basisjaar uit de jaren"
                + " ervoor."),
        forecast.backtestMissing());
  }

  @Test
  void withoutScholenOrCapacitiesTheNoteSaysWhy() {
    List<WijkForecast> wijken = List.of(new WijkForecast(Y2030, "WK063701", Sector.PO, 10, 9));
    assertEquals(
        List.of(
            new Explanation(
                "Geen vergelijking met de capaciteit van scholen: referentie/scholen.csv is niet"
                    + " aangeleverd.",
                "Er is geen vergelijking met de plaatsen in de schoolgebouwen: de gegevens over"
                    + " de scholen zijn niet aangeleverd.")),
        PupilForecasts.build(
                new ForecastCells(List.of(Y2023), List.of(), wijken, false, List.of(), List.of()),
                WIJKEN,
                GEMEENTE,
                5,
                List.of())
            .notes());
    assertEquals(
        List.of(
            new Explanation(
                "Geen vergelijking met de capaciteit van scholen: referentie/scholen.csv geeft"
                    + " geen capaciteit van een schoollocatie met VVE-, PO- of VO-leerlingen in"
                    + " 2023-2024.",
                "Er is geen vergelijking met de plaatsen in de schoolgebouwen: van geen enkele"
                    + " school met leerlingen in de VVE, het PO of het VO in 2023-2024 is het"
                    + " aantal plaatsen aangeleverd.")),
        PupilForecasts.build(
                new ForecastCells(List.of(Y2023), List.of(), wijken, true, List.of(), List.of()),
                WIJKEN,
                GEMEENTE,
                5,
                List.of())
            .notes());
  }

  /**
   * Dorp's forecast lies furthest from its observed PO pupils (40 against 30), but I01 suppresses
   * Dorp's count: the backtest names Centrum (52 against 50), whose count I01 publishes, and would
   * otherwise have told Dorp's hidden 30. WK063703 (9 against 1, imagined published) rests on 4
   * pupils, fewer than k = 5: its forecast is not shown, and neither is the gemeente's, which minus
   * the others' would give WK063703's away.
   */
  @Test
  void theBacktestComparesOnlyCountsI01Publishes() {
    List<BacktestCell> cells =
        List.of(
            new BacktestCell(Y2023, "WK063701", Sector.PO, 52.4, 50, 140),
            new BacktestCell(Y2023, "WK063702", Sector.PO, 40.0, 30, 90),
            new BacktestCell(Y2023, "WK063703", Sector.PO, 9.0, 1, 4));
    List<IndicatorRow> published =
        List.of(
            i01("gemeente", "GM0637", 81L),
            i01("wijk", "WK063701", 50L),
            i01("wijk", "WK063702", null),
            i01("wijk", "WK063703", 1L));
    Backtest backtest =
        PupilForecasts.backtest(
            Y2023, List.of(Schooljaar.of("2022-2023")), cells, WIJKEN, GEMEENTE, 5, published);
    Backtest.SectorError po = backtest.sectors().get(1);
    assertEquals(Sector.PO, po.sector());
    assertEquals(
        new Backtest.SectorError(
            Sector.PO,
            null,
            null,
            null,
            null,
            Optional.of(new Backtest.WijkError("WK063701", "Centrum", 52L, 50L, 2L, 4.8))),
        po);
    // Without WK063703 every wijk rests on at least k pupils: 92.4 against 80: 12.4 -> 12,
    // 12.4 / 80 = 15.5 %.
    Backtest.SectorError two =
        PupilForecasts.backtest(
                Y2023,
                List.of(Schooljaar.of("2022-2023")),
                cells.subList(0, 2),
                WIJKEN,
                GEMEENTE,
                5,
                List.of(
                    i01("gemeente", "GM0637", 80L),
                    i01("wijk", "WK063701", 50L),
                    i01("wijk", "WK063702", null)))
            .sectors()
            .get(1);
    assertEquals(92L, two.voorspeld());
    assertEquals(80L, two.waargenomen());
    assertEquals(12L, two.verschil());
    assertEquals(15.5, two.procent());
    // But where I01 suppresses Dorp's count of the backtest's base year, Dorp's forecast would give
    // that base count away, and the gemeente's minus Centrum's would give Dorp's: neither is shown.
    Backtest.SectorError hiddenBase =
        PupilForecasts.backtest(
                Y2023,
                List.of(Y2023),
                cells.subList(0, 2),
                WIJKEN,
                GEMEENTE,
                5,
                List.of(
                    i01("gemeente", "GM0637", 80L),
                    i01("wijk", "WK063701", 50L),
                    i01("wijk", "WK063702", null)))
            .sectors()
            .get(1);
    assertEquals(null, hiddenBase.voorspeld());
    // VVE and VO: no cells, so no pupils to rest on: no forecast shown.
    assertEquals(null, backtest.sectors().get(0).voorspeld());
    List<BacktestCell> small = List.of(new BacktestCell(Y2023, "WK063701", Sector.PO, 3.0, 0, 4));
    Backtest.SectorError hidden =
        PupilForecasts.backtest(Y2023, List.of(), small, WIJKEN, GEMEENTE, 5, List.of())
            .sectors()
            .get(1);
    assertEquals(
        new Backtest.SectorError(Sector.PO, null, null, null, null, Optional.empty()), hidden);
  }

  /**
   * The gemeente's forecast minus the published wijken gives the suppressed wijken's together: with
   * one suppressed wijk (its base count suppressed by I01) that one's would follow, so the gemeente
   * is suppressed; with two, their sum is what I01 already publishes (the gemeente's 300 minus the
   * published 100), so the gemeente is shown (rule beyond 3b, issue 17's privacy review); where I01
   * suppresses the gemeente's own count, it is not.
   */
  @Test
  void theGemeentesForecastHidesOneSuppressedWijkNotTwo() {
    List<WijkForecast> cells =
        List.of(
            new WijkForecast(Y2030, "WK063701", Sector.PO, 101.2, 300),
            new WijkForecast(Y2030, "WK063702", Sector.PO, 90.4, 270),
            new WijkForecast(Y2030, "WK063703", Sector.PO, 111.3, 330));
    ForecastCells forecast =
        new ForecastCells(List.of(Y2023), List.of(), cells, false, List.of(), List.of());
    TreeMap<String, String> wijken = new TreeMap<>(WIJKEN);
    wijken.put("WK063703", "Meerzicht");
    List<IndicatorRow> one =
        List.of(
            i01("gemeente", "GM0637", 300L),
            i01("wijk", "WK063701", 100L),
            i01("wijk", "WK063702", null),
            i01("wijk", "WK063703", 110L));
    assertEquals(List.of(true), gemeenteSuppressed(forecast, wijken, one));
    List<IndicatorRow> two =
        List.of(
            i01("gemeente", "GM0637", 300L),
            i01("wijk", "WK063701", 100L),
            i01("wijk", "WK063702", null),
            i01("wijk", "WK063703", null));
    assertEquals(List.of(false), gemeenteSuppressed(forecast, wijken, two));
    // 101.2 + 90.4 + 111.3 = 302.9: 303 pupils.
    assertEquals(
        303L,
        PupilForecasts.build(forecast, wijken, GEMEENTE, 5, two).rows().stream()
            .filter(r -> r.gebiedType() == GebiedType.GEMEENTE)
            .findFirst()
            .orElseThrow()
            .leerlingen());
    List<IndicatorRow> gemeenteHidden =
        List.of(
            i01("gemeente", "GM0637", null),
            i01("wijk", "WK063701", 100L),
            i01("wijk", "WK063702", null),
            i01("wijk", "WK063703", null));
    assertEquals(List.of(true), gemeenteSuppressed(forecast, wijken, gemeenteHidden));
  }

  /**
   * The backtest follows the same rule: with two wijken hidden in its base year the gemeente's
   * backtest is shown (302,9 against the 300 I01 publishes: 303, +3, 1,0 %); with one, not.
   */
  @Test
  void theBacktestsGemeenteHidesOneSuppressedWijkNotTwo() {
    List<BacktestCell> cells =
        List.of(
            new BacktestCell(Y2023, "WK063701", Sector.PO, 101.2, 100, 300),
            new BacktestCell(Y2023, "WK063702", Sector.PO, 90.4, 90, 270),
            new BacktestCell(Y2023, "WK063703", Sector.PO, 111.3, 110, 330));
    TreeMap<String, String> wijken = new TreeMap<>(WIJKEN);
    wijken.put("WK063703", "Meerzicht");
    Backtest.SectorError two =
        poBacktest(
            cells,
            wijken,
            i01("gemeente", "GM0637", 300L),
            i01("wijk", "WK063701", 100L),
            i01("wijk", "WK063702", null),
            i01("wijk", "WK063703", null));
    assertEquals(303L, two.voorspeld());
    assertEquals(300L, two.waargenomen());
    assertEquals(3L, two.verschil());
    Backtest.SectorError one =
        poBacktest(
            cells,
            wijken,
            i01("gemeente", "GM0637", 300L),
            i01("wijk", "WK063701", 100L),
            i01("wijk", "WK063702", null),
            i01("wijk", "WK063703", 110L));
    assertEquals(null, one.voorspeld());
  }

  /** Returns the PO error of a backtest of 2023-2024 from that base year, at k = 5. */
  private static Backtest.SectorError poBacktest(
      List<BacktestCell> cells, SortedMap<String, String> wijken, IndicatorRow... published) {
    return PupilForecasts.backtest(
            Y2023, List.of(Y2023), cells, wijken, GEMEENTE, 5, List.of(published))
        .sectors()
        .get(1);
  }

  private static List<Boolean> gemeenteSuppressed(
      ForecastCells forecast, SortedMap<String, String> wijken, List<IndicatorRow> published) {
    return PupilForecasts.build(forecast, wijken, GEMEENTE, 5, published).rows().stream()
        .filter(r -> r.gebiedType() == GebiedType.GEMEENTE)
        .map(ForecastRow::onderdrukt)
        .toList();
  }

  private static IndicatorRow i01(String type, String code, Long teller) {
    return new IndicatorRow(
        "I01_leerlingen",
        Y2023,
        type,
        code,
        code,
        "sector",
        "PO",
        teller,
        null,
        teller == null ? null : teller.doubleValue(),
        null,
        null,
        null,
        null,
        null,
        teller == null,
        false);
  }
}
