package nl.leamonitor.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.compute.Cell;
import nl.leamonitor.analytics.publish.Comparison;
import nl.leamonitor.analytics.publish.IndicatorRow;
import nl.leamonitor.analytics.publish.IndicatorTable;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.charts.PlottedChart;
import nl.leamonitor.reports.charts.WijkBarChart;
import org.junit.jupiter.api.Test;

/**
 * Wijk differences at Fingertips' two levels, and exact limits for small noemers. The limits in the
 * comments were computed outside this code with SciPy 1.17.1 (Wilson by its formula at z =
 * 1.959963985 and 3.090232306; Clopper-Pearson as beta.ppf).
 */
class WijkDifferenceTest {
  private static final SortedMap<String, String> WIJKEN =
      new TreeMap<>(
          Map.of(
              "WK000001", "Noordwijk",
              "WK000002", "Oostbroek",
              "WK000003", "Zuiderpark"));

  /** Returns I09's compared rows of one schooljaar: gemeente first, then the wijken. */
  private static List<IndicatorRow> rows(long[][] wijken) {
    List<Cell> cells = new ArrayList<>();
    for (int w = 0; w < wijken.length; w++) {
      cells.add(
          new Cell(
              Schooljaar.of("2023-2024"),
              "WK00000" + (w + 1),
              "totaal",
              null,
              wijken[w][0],
              wijken[w][1]));
    }
    return IndicatorTable.compare(
        IndicatorTable.build(
            IndicatorCatalogue.byId("I09_vve_bereik"), cells, WIJKEN, "GM0001", "Teststad"));
  }

  @Test
  void aDifferenceHoldsAtNinetyFiveOrAlsoAtNinetyNinePointEight() {
    // Gemeente (60 + 70 + 110) / (100 + 100 + 300) = 240 / 500 = 48 %.
    // 60 of 100: Wilson 95 % 50,20 - 69,06 (above 48: hoger), 99,8 % 44,64 - 73,62 (holds 48).
    // 70 of 100: Wilson 95 % 60,42 - 78,11, 99,8 % 54,62 - 81,90: hoger at both levels.
    List<IndicatorRow> rows = rows(new long[][] {{60, 100}, {70, 100}, {110, 300}});
    IndicatorRow gemeente = rows.get(0);
    assertEquals(48.0, gemeente.waarde(), 1e-12);
    assertEquals(
        new WijkDifference(Comparison.HOGER, false, false),
        WijkDifference.of(rows.get(1), gemeente));
    assertEquals(
        new WijkDifference(Comparison.HOGER, true, false),
        WijkDifference.of(rows.get(2), gemeente));
    // At 95 % the judgement is the published vergelijking.
    assertEquals(Comparison.HOGER, rows.get(1).vergelijking());
  }

  @Test
  void aSmallNoemerIsJudgedOnExactLimits() {
    // Gemeente (9 + 111) / (20 + 480) = 24 %. 9 of 20: Wilson's lower limit 25,82 % is above 24
    // (the
    // published vergelijking says hoger), the exact one, 23,06 %, is not: gelijk in the reports.
    List<IndicatorRow> small = rows(new long[][] {{9, 20}, {111, 480}});
    assertEquals(24.0, small.get(0).waarde(), 1e-12);
    assertEquals(Comparison.HOGER, small.get(1).vergelijking());
    assertEquals(
        new WijkDifference(Comparison.GELIJK, false, true),
        WijkDifference.of(small.get(1), small.get(0)));
    // Gemeente (18 + 82) / (20 + 180) = 50 %. 18 of 20: exact 95 % 68,30 - 98,77, 99,8 % 55,26 -
    // 99,77: hoger at both levels.
    List<IndicatorRow> high = rows(new long[][] {{18, 20}, {82, 180}});
    assertEquals(
        new WijkDifference(Comparison.HOGER, true, true),
        WijkDifference.of(high.get(1), high.get(0)));
  }

  @Test
  void theWijkChartMarksWhatHoldsAtNinetyNinePointEight() {
    // Zuiderpark, 110 of 300 = 36,7 %: Wilson 99,8 % 28,60 - 45,55, below 48 at both levels too.
    List<IndicatorRow> rows = rows(new long[][] {{60, 100}, {70, 100}, {110, 300}});
    PlottedChart chart =
        WijkBarChart.of(
            IndicatorCatalogue.byId("I09_vve_bereik"),
            new PublishedTable(rows),
            Schooljaar.of("2023-2024"),
            null,
            false,
            "VVE-bereik per wijk");
    org.jfree.data.category.CategoryDataset data =
        ((org.jfree.chart.plot.CategoryPlot) chart.chart().getPlot()).getDataset();
    assertEquals(
        List.of("Noordwijk", "Oostbroek **", "Zuiderpark **"),
        data.getColumnKeys().stream().map(Object::toString).toList());
    List<String> captions = new ArrayList<>();
    for (int i = 0; i < chart.chart().getSubtitleCount(); i++) {
      if (chart.chart().getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
        captions.add(t.getText());
      }
    }
    assertTrue(
        captions.contains(
            "** verschil met de gemeente houdt ook stand bij 99,8 %: vrijwel zeker geen toeval"),
        captions.toString());
  }
}
