package nl.leamonitor.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.compute.Cell;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.analytics.publish.IndicatorTable;
import nl.leamonitor.ingest.values.Schooljaar;
import org.junit.jupiter.api.Test;

/** The trend marker's words about the last change agree with the change printed beside it. */
class TrendVerdictTest {
  private static final SortedMap<String, String> WIJKEN =
      new TreeMap<>(java.util.Map.of("WK000001", "Noordwijk"));

  private static String verdict(long noemer, long... tellers) {
    Indicator i09 = IndicatorCatalogue.byId("I09_vve_bereik");
    List<Cell> cells = new ArrayList<>();
    for (int y = 0; y < tellers.length; y++) {
      cells.add(new Cell(new Schooljaar(2019 + y), "WK000001", "totaal", null, tellers[y], noemer));
    }
    List<IndicatorRow> rows =
        IndicatorTable.compare(IndicatorTable.build(i09, cells, WIJKEN, "GM0001", "Teststad"));
    PublishedTable table = new PublishedTable(rows);
    return TrendVerdict.of(i09, table.gemeenteSeries(i09.id(), null), table).text();
  }

  /**
   * 86,0, 87,0, 88,0, 89,0 and 88,96 % of 2500: a rise whose last change, -0,04 %-punt, is printed
   * as "0,0 %-punt": it goes nowhere, so the marker does not call the last year lower.
   */
  @Test
  void aLastChangeThatShowsAsZeroIsNotTheOtherWay() {
    assertEquals("\u2191 stijgend (beter)", verdict(2500, 2150, 2175, 2200, 2225, 2224));
  }

  /** The same rise with a last change of -0,2 %-punt (88,8 %) is named, not significant. */
  @Test
  void aLastChangeTheOtherWayIsNamed() {
    assertEquals(
        "\u2191 stijgend (beter), laatste jaar iets lager (niet significant)",
        verdict(2500, 2150, 2175, 2200, 2225, 2220));
  }
}
