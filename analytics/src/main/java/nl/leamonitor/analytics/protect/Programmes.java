package nl.leamonitor.analytics.protect;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The linear and integer programmes the {@link RangeAuditor} solves, written for ojAlgo: a part of
 * the attacker's system as a model (unknowns at least 0, whole where asked, each relation with the
 * quantities outside the part at their true values), solved up or down, counted.
 */
final class Programmes {
  /** How far from a whole number a solver's value may lie and still count as one. */
  static final double TOLERANCE = 1e-6;

  private static final int SPARSE_FROM = 2000;

  static {
    // ojAlgo prints an English note about its hardware profile on first use unless told not to;
    // a user of LEA Monitor reads only Dutch.
    System.setProperty("shut.up.ojAlgo", "true");
    // ojAlgo's presolvers rewrite each model in BigDecimal arithmetic, which costs more than
    // solving the small systems here; they are global settings of the library, which LEA
    // Monitor uses for nothing else.
    ExpressionsBasedModel.clearPresolvers();
  }

  private final AttackerKnowledge knowledge;
  private final AtomicLong solves = new AtomicLong();

  Programmes(AttackerKnowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** Returns how many programmes were solved so far. */
  long solves() {
    return solves.get();
  }

  /** Returns the coefficients of a target's expression over the part's unknowns. */
  static double[] coefficients(Systems.Part part, Target t) {
    double[] c = new double[part.unknowns().size()];
    for (Map.Entry<Quantity, Integer> term : t.expression().entrySet()) {
      Integer i = part.unknowns().get(term.getKey());
      if (i != null) {
        c[i] += term.getValue();
      }
    }
    return c;
  }

  /** Returns a solution's values rounded to whole numbers. */
  static double[] point(Optimisation.Result r, int n) {
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = Math.rint(r.doubleValue(i));
    }
    return p;
  }

  /**
   * Returns whether a solution is a whole-number point of the system, a witness. ojAlgo counts an
   * unbounded result as feasible ({@code State.isFeasible} compares the states' sizes), so that
   * state is excluded by name: its values need not satisfy the relations.
   */
  static boolean isWholePoint(Optimisation.Result result) {
    return result.getState().isFeasible()
        && result.getState() != Optimisation.State.UNBOUNDED
        && integral(result);
  }

  /** Returns whether every value of a solution is a whole number. */
  static boolean integral(Optimisation.Result result) {
    for (int i = 0; i < result.count(); i++) {
      double x = result.doubleValue(i);
      if (Math.abs(x - Math.rint(x)) > TOLERANCE) {
        return false;
      }
    }
    return true;
  }

  Optimisation.Result solve(
      Systems.Part part, double[] objective, boolean maximise, boolean integer) {
    return solve(model(part, objective, integer), maximise);
  }

  Optimisation.Result solve(ExpressionsBasedModel model, boolean maximise) {
    solves.incrementAndGet();
    return maximise ? model.maximise() : model.minimise();
  }

  /** Returns the system as an ojAlgo model whose objective is the given sum of unknowns. */
  ExpressionsBasedModel model(Systems.Part part, double[] objective, boolean integer) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    model.options.validate = false;
    // A system over hundreds of wijken has thousands of unknowns, each in a few relations: a
    // dense simplex tableau would take time and memory by the square of that.
    model.options.sparse = part.unknowns().size() > SPARSE_FROM;
    Map<Quantity, Variable> variables = new LinkedHashMap<>();
    for (Map.Entry<Quantity, Integer> u : part.unknowns().entrySet()) {
      Variable v = model.addVariable().lower(0);
      if (integer) {
        v.integer(true);
      }
      if (objective[u.getValue()] != 0) {
        v.weight(objective[u.getValue()]);
      }
      variables.put(u.getKey(), v);
    }
    for (Relation relation : part.relations()) {
      Expression e = model.addExpression();
      long constant = relation.constant();
      if (relation.terms().size() > variables.size()) {
        // A sum over hundreds of wijken in a closed part of a few dozen unknowns: its known
        // terms are its true total less the part's own terms.
        constant -= knowledge.truthSum(relation);
        for (Map.Entry<Quantity, Variable> u : variables.entrySet()) {
          Integer coefficient = relation.terms().get(u.getKey());
          if (coefficient != null) {
            constant += coefficient * knowledge.values().get(u.getKey());
            e.set(u.getValue(), coefficient);
          }
        }
      } else {
        for (Map.Entry<Quantity, Integer> term : relation.terms().entrySet()) {
          Variable v = variables.get(term.getKey());
          if (v == null) {
            constant -= term.getValue() * knowledge.values().getOrDefault(term.getKey(), 0L);
          } else {
            e.set(v, term.getValue());
          }
        }
      }
      BigDecimal c = BigDecimal.valueOf(constant);
      switch (relation.sense()) {
        case EQUAL -> e.level(c);
        case AT_MOST -> e.upper(c);
        case AT_LEAST -> e.lower(c);
        default -> throw new IllegalStateException();
      }
    }
    return model;
  }
}
