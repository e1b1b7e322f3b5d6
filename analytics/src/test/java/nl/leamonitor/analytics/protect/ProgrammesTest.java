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
}
