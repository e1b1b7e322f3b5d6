package nl.leamonitor.reports.charts;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.leamonitor.analytics.catalogue.Indicator;
import nl.leamonitor.analytics.catalogue.IndicatorCatalogue;
import nl.leamonitor.analytics.compute.Cell;
import nl.leamonitor.analytics.publish.IndicatorTable;
import nl.leamonitor.ingest.values.Schooljaar;
import nl.leamonitor.reports.PublishedTable;
import org.junit.jupiter.api.Test;

/**
 * A gemeente where nobody qualifies (0 %) still gets its charts: found by the 2 GB test, where I09
 * was 0.
 */
class ZeroValuesChartTest {
  @Test
  void allZeroValuesDrawWithoutError() {
    SortedMap<String, String> wijken =
        new TreeMap<>(java.util.Map.of("WK000001", "Noord", "WK000002", "Zuid"));
    Indicator indicator = IndicatorCatalogue.byId("I09_vve_bereik");
    List<Cell> cells = new ArrayList<>();
    for (Schooljaar year : List.of(new Schooljaar(2022), new Schooljaar(2023))) {
      cells.add(new Cell(year, "WK000001", "totaal", null, 0, 400L));
      cells.add(new Cell(year, "WK000002", "totaal", null, 0, 300L));
    }
    PublishedTable table =
        new PublishedTable(
            IndicatorTable.compare(
                IndicatorTable.build(indicator, cells, wijken, "GM0001", "Stad")));
    BufferedImage image = new BufferedImage(500, 300, BufferedImage.TYPE_INT_RGB);
    for (PlottedChart chart :
        List.of(
            TrendChart.of(indicator, table),
            FunnelChart.of(indicator, table, new Schooljaar(2023)),
            WijkBarChart.of(indicator, table, new Schooljaar(2023), null, true, "t"))) {
      assertNotNull(chart);
      chart
          .chart()
          .draw(image.createGraphics(), new java.awt.geom.Rectangle2D.Double(0, 0, 500, 300));
    }
  }
}
