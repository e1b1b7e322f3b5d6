package nl.leamonitor.analytics.protect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/** The answers the solver's memory keeps ({@link Programmes#answer}). */
class ProgrammesTest {

  /**
   * Maximise x with x + y = 5, x at most 3, x and y at least 0: by hand x = 3, y = 2, optimum 3.
   * The kept answer has the solver's state, optimum and values, and none of the model: ojAlgo's own
   * result carries the model's constraints with their multipliers, which kept every remembered
   * model alive (a 99-wijk delivery ran out of a 1 GB heap).
   */
  @Test
  void keepsStateOptimumAndValuesButNotTheModel() {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable x = model.addVariable().lower(0).weight(1);
    Variable y = model.addVariable().lower(0);
    Expression sum = model.addExpression();
    sum.set(x, 1);
    sum.set(y, 1);
    sum.level(BigDecimal.valueOf(5));
    Expression cap = model.addExpression();
    cap.set(x, 1);
    cap.upper(BigDecimal.valueOf(3));
    Optimisation.Result solved = model.maximise();
    assertFalse(
        solved.getMatchedMultipliers().isEmpty(), "ojAlgo's result names the model's constraints");

    Optimisation.Result kept = Programmes.answer(solved);

    assertEquals(solved.getState(), kept.getState());
    assertEquals(3.0, kept.getValue(), 1e-9);
    assertEquals(2, kept.count());
    assertArrayEquals(
        new double[] {3.0, 2.0}, new double[] {kept.doubleValue(0), kept.doubleValue(1)}, 1e-9);
    assertEquals(solved.doubleValue(0), kept.doubleValue(0));
    assertEquals(solved.doubleValue(1), kept.doubleValue(1));
    assertTrue(
        kept.getMatchedMultipliers() == null || kept.getMatchedMultipliers().isEmpty(),
        "the kept answer holds nothing of the model");
    assertFalse(kept.getMultipliers().isPresent());
  }

  /**
   * x + y = 10, x at least 1, -y at least -7 (y at most 7), x at most 8, x and y at least 0. By
   * hand: y from 0 to 7 gives x from 3 to 10, cut at 8: x from 3 to 8, y from 2 to 7. The bounds
   * form keeps only the sum as a relation (the other three are one unknown's) and finds the same
   * optima; solves not counted leave the count at 0.
   */
  @Test
  void boundsFormHasTheSameOptima() {
    Quantity x = new Quantity('T', "I09_vve_bereik", "2023-2024", "totaal", "", "WK000001");
    Quantity y = x.at("WK000002");
    java.util.Map<Quantity, Integer> unknowns = new java.util.LinkedHashMap<>();
    unknowns.put(x, 0);
    unknowns.put(y, 1);
    java.util.Map<Quantity, Integer> sum = new java.util.LinkedHashMap<>();
    sum.put(x, 1);
    sum.put(y, 1);
    java.util.List<Relation> relations =
        java.util.List.of(
            new Relation(sum, Relation.Sense.EQUAL, 10, "som"),
            new Relation(java.util.Map.of(x, 1), Relation.Sense.AT_LEAST, 1, "x"),
            new Relation(java.util.Map.of(y, -1), Relation.Sense.AT_LEAST, -7, "y"),
            new Relation(java.util.Map.of(x, 1), Relation.Sense.AT_MOST, 8, "x"));
    Systems.Part part = new Systems.Part(unknowns, relations, java.util.List.of());
    Programmes programmes = new Programmes(AttackerKnowledge.of(java.util.List.of()));
    for (boolean bounded : new boolean[] {false, true}) {
      double[][] expected = {{1, 0, 8, 3}, {0, 1, 7, 2}};
      for (double[] e : expected) {
        double[] c = {e[0], e[1]};
        assertEquals(
            e[2], programmes.solveUncounted(part, c, true, false, bounded).getValue(), 1e-9);
        assertEquals(
            e[3], programmes.solveUncounted(part, c, false, false, bounded).getValue(), 1e-9);
      }
    }
    assertEquals(0, programmes.solves(), "niet geteld");
  }
}
