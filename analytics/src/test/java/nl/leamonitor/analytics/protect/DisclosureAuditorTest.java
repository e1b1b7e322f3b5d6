package nl.leamonitor.analytics.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The auditor on hand-made grids, where what can be derived is obvious by hand. */
class DisclosureAuditorTest {
  private static Quantity q(String area, String column) {
    return new Quantity('T', "X", "2023-2024", "c", column, area);
  }

  /** A 3 wijken x 2 categories grid with margins: areas A, B, C, then G; columns c1, c2, then totaal. */
  private static Grid grid() {
    Grid g = Grid.of("test", List.of("A", "B", "C", "G"), List.of("c1", "c2", "totaal"), true);
    for (String area : List.of("A", "B", "C", "G")) {
      for (String column : List.of("c1", "c2", "totaal")) {
        g.cells().put(List.of(area, column), q(area, column));
      }
    }
    return g;
  }

  @Test
  void loneHiddenCellIsDerivable() {
    Set<Quantity> hidden = Set.of(q("A", "c1"));
    assertEquals(List.of(q("A", "c1")), DisclosureAuditor.derivable(List.of(grid()), hidden::contains));
  }

  @Test
  void fourCellBlockIsSafe() {
    Set<Quantity> hidden = Set.of(q("A", "c1"), q("A", "c2"), q("B", "c1"), q("B", "c2"));
    assertEquals(List.of(), DisclosureAuditor.derivable(List.of(grid()), hidden::contains));
  }

  @Test
  void twoCellsInOneRowAreBothDerivableFromTheirColumns() {
    Set<Quantity> hidden = Set.of(q("A", "c1"), q("A", "c2"));
    assertEquals(Set.of(q("A", "c1"), q("A", "c2")), Set.copyOf(DisclosureAuditor.derivable(List.of(grid()), hidden::contains)));
  }

  @Test
  void singleColumnNeedsTwoHiddenCells() {
    Grid g = Grid.of("one column", List.of("A", "B", "G"), List.of("totaal"), false);
    for (String area : List.of("A", "B", "G")) {
      g.cells().put(List.of(area, "totaal"), q(area, "totaal"));
    }
    assertEquals(List.of(q("A", "totaal")), DisclosureAuditor.derivable(List.of(g), Set.of(q("A", "totaal"))::contains));
    assertEquals(List.of(), DisclosureAuditor.derivable(List.of(g), Set.of(q("A", "totaal"), q("B", "totaal"))::contains));
  }

  @Test
  void secondarySuppressionClosesALoneCell() {
    Grid g = grid();
    java.util.Set<Quantity> hidden = new java.util.HashSet<>(Set.of(q("B", "c2")));
    Cover cover = new Cover() {
      @Override
      public boolean hidden(Quantity quantity) {
        return hidden.contains(quantity);
      }

      @Override
      public long cost(Quantity quantity) {
        // Margins are expensive, wijk cells cheap: the closing block stays inside the wijken.
        return quantity.area().equals("G") || quantity.categorie().equals("totaal") ? 100 : 1;
      }

      @Override
      public void hide(Quantity quantity) {
        hidden.add(quantity);
      }
    };
    SecondarySuppression.apply(List.of(g), cover);
    assertEquals(4, hidden.size(), "a 2x2 block: " + hidden);
    assertEquals(List.of(), DisclosureAuditor.derivable(List.of(g), hidden::contains));
  }
}
