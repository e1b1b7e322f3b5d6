package nl.leamonitor.analytics.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link SecondarySuppression#bridges} (all bridges in one search) finds exactly the hidden cells
 * that {@link SecondarySuppression#isBridge} (one breadth-first search per cell, the plain
 * definition: no other path of hidden cells joins its row and column) calls bridges.
 */
class BridgesTest {
  @Test
  void oneSearchFindsTheSameBridgesAsAskingPerCell() {
    Random random = new Random(20261129);
    int bridgesSeen = 0;
    for (int round = 0; round < 300; round++) {
      int areas = 2 + random.nextInt(25);
      int columns = 2 + random.nextInt(6);
      List<String> areaNames = new ArrayList<>();
      List<String> columnNames = new ArrayList<>();
      for (int a = 0; a < areas; a++) {
        areaNames.add("WK" + a);
      }
      for (int c = 0; c < columns; c++) {
        columnNames.add("K" + c);
      }
      Grid grid = Grid.of("test " + round, areaNames, columnNames, true);
      Set<Quantity> hidden = new HashSet<>();
      double density = random.nextDouble() * 0.5;
      for (String a : areaNames) {
        for (String c : columnNames) {
          if (random.nextDouble() < 0.9) {
            Quantity q = new Quantity('T', "I", "2024-2025", "u", c, a);
            grid.cells().put(List.of(a, c), q);
            if (random.nextDouble() < density) {
              hidden.add(q);
            }
          }
        }
      }
      Cover cover =
          new Cover() {
            @Override
            public boolean hidden(Quantity quantity) {
              return hidden.contains(quantity);
            }

            @Override
            public long cost(Quantity quantity) {
              return 1;
            }

            @Override
            public void hide(Quantity quantity) {
              hidden.add(quantity);
            }
          };
      Set<List<String>> expected = new HashSet<>();
      for (List<String> cell : grid.cells().keySet()) {
        if (hidden.contains(grid.cells().get(cell))
            && SecondarySuppression.isBridge(grid, cover, cell.get(0), cell.get(1))) {
          expected.add(cell);
        }
      }
      assertEquals(expected, SecondarySuppression.bridges(grid, cover), grid.name());
      bridgesSeen += expected.size();
    }
    assertTrue(bridgesSeen > 500, "the random grids have bridges to find: " + bridgesSeen);
  }
}
