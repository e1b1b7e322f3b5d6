package nl.leamonitor.analytics.protect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The attacker's auditor of contract section 4: for every target (a primary-suppressed teller,
 * noemer or complement) it computes the whole numbers the target can take, given every published
 * figure and everything in {@link AttackerKnowledge}, by maximising and minimising it with ojAlgo.
 * A target whose range holds fewer than k whole numbers is a finding.
 *
 * <p>The relations are split into independent systems (connected by shared unknowns), and each
 * system is solved as a linear programme first. The LP's range is at least the integer range, so an
 * LP range below k is final; an LP optimum that is not a whole-number point is solved again with
 * whole-number variables (branch and bound), since an integer attacker can be stronger than the
 * continuous relaxation where the structure is not a plain two-way table.
 *
 * <p>Before any optimum over a whole system, each target is vouched for where possible from the
 * closed part around it ({@link Systems#closed}): a few dozen unknowns, where a country's systems
 * have thousands. Only targets without such witnesses are optimised whole.
 */
public final class RangeAuditor {
  private static final double TOLERANCE = 1e-6;
  private static final int SPARSE_FROM = 2000;

  /** How many relations deep the closed part around a target reaches, at first. */
  private static final int VOUCH_RADIUS = 2;

  /** How many hidden cells of a sum over hundreds of wijken the closed part takes in, per step. */
  private static final int ABSORBERS = 3;

  static {
    // ojAlgo prints an English note about its hardware profile on first use unless told not to;
    // a user of LEA Monitor reads only Dutch.
    System.setProperty("shut.up.ojAlgo", "true");
    // ojAlgo's presolvers rewrite each model in BigDecimal arithmetic, which costs more than
    // solving the small systems here; they are global settings of the library, which LEA
    // Monitor uses for nothing else.
    ExpressionsBasedModel.clearPresolvers();
  }

  /**
   * What the auditor found wrong with one target.
   *
   * @param target the target
   * @param possibleValues how many whole numbers it can take, as far as computed (below k)
   */
  public record Finding(Target target, long possibleValues) {}

  private final AttackerKnowledge knowledge;
  private final int k;
  private final AtomicLong solves = new AtomicLong();

  /**
   * Creates an auditor of one run.
   *
   * @param knowledge the relations and the true values
   * @param k the minimum cell size (at least 1)
   */
  public RangeAuditor(AttackerKnowledge knowledge, int k) {
    this.knowledge = knowledge;
    this.k = k;
  }

  /**
   * Returns the targets not shown safe by the closed part around each ({@link #vouch}), without
   * optima over whole systems: cheap, and right after primary suppression nearly every such target
   * is a real finding, but only {@link #audit} decides. Findings in the order of the targets.
   */
  public List<Finding> screen(Predicate<Quantity> hidden, List<Target> targets) {
    return targets.parallelStream()
        .map(t -> new Finding(t, vouch(hidden, t)))
        .filter(f -> f.possibleValues() < k)
        .toList();
  }

  /**
   * Returns the targets that can be narrowed to fewer than k whole numbers; empty means they are
   * safe. Suppressing more can only widen a range (every figure that was possible stays possible),
   * so after more suppression only the earlier findings need auditing again. Targets vouched for
   * ({@link #vouch}) are safe; the others get optima over their whole system. Findings come in the
   * order of the targets.
   *
   * @param hidden whether a published quantity is hidden (every row publishing it is suppressed)
   * @param targets the figures to audit
   */
  public List<Finding> audit(Predicate<Quantity> hidden, List<Target> targets) {
    return optima(hidden, screen(hidden, targets).stream().map(Finding::target).toList());
  }

  /**
   * Returns the targets whose optima over their whole system lie fewer than k whole numbers apart,
   * in the order of the targets: the exact audit, without vouching first.
   */
  List<Finding> optima(Predicate<Quantity> hidden, List<Target> targets) {
    int[][] targetQuantities = new int[targets.size()][];
    for (int t = 0; t < targets.size(); t++) {
      targetQuantities[t] =
          targets.get(t).expression().keySet().stream().mapToInt(knowledge::index).toArray();
    }
    Systems systems = Systems.split(knowledge, hidden, targets, targetQuantities);
    // Systems are independent: solved on every core, collected in the order of the targets.
    List<Finding> findings = new ArrayList<>();
    systems.parts().parallelStream().map(this::audit).toList().forEach(findings::addAll);
    Map<Target, Integer> order = new HashMap<>();
    for (int t = 0; t < targets.size(); t++) {
      order.putIfAbsent(targets.get(t), t);
    }
    findings.sort(Comparator.comparingInt(f -> order.get(f.target())));
    return findings;
  }

  /**
   * Returns the targets that can be narrowed to fewer than k values within the relations around
   * each, {@code radius} steps deep ({@link Systems#local}): fast, and a finding here is a real
   * one, but an empty answer still needs {@link #audit} to be sure.
   */
  public List<Finding> auditLocally(Predicate<Quantity> hidden, List<Target> targets, int radius) {
    List<List<Finding>> perTarget =
        targets.parallelStream()
            .map(t -> audit(Systems.local(knowledge, hidden, t, radius)))
            .toList();
    List<Finding> findings = new ArrayList<>();
    perTarget.forEach(findings::addAll);
    return findings;
  }

  /**
   * Returns how many values whole-number points of the closed part around the target ({@link
   * Systems#closed}) show it taking, as far as needed to reach k: the true figures and the part's
   * optima up and down, at radius 2 and, if that is not enough, 3. Each such point, with the true
   * values outside the part, satisfies every relation, so a range shown here is one the attacker
   * cannot narrow; a target not vouched for may still be safe. An LP unbounded on the part is
   * unbounded in whole numbers too (the true figures are a whole-number point).
   */
  private long vouch(Predicate<Quantity> hidden, Target target) {
    long seen = 1;
    for (int radius = VOUCH_RADIUS; radius <= VOUCH_RADIUS + 1; radius++) {
      Systems.Part part = Systems.closed(knowledge, hidden, target, radius, ABSORBERS * radius);
      double[] c = coefficients(part, target);
      double truth = 0;
      for (Map.Entry<Quantity, Integer> u : part.unknowns().entrySet()) {
        truth += c[u.getValue()] * knowledge.values().get(u.getKey());
      }
      double lo = truth;
      double hi = truth;
      ExpressionsBasedModel model = model(part, c, false);
      for (boolean maximise : new boolean[] {true, false}) {
        Optimisation.Result r = solve(model, maximise);
        if (r.getState() == Optimisation.State.UNBOUNDED) {
          return Long.MAX_VALUE;
        }
        if (r.getState().isFeasible() && !integral(r)) {
          r = solve(part, c, maximise, true);
        }
        if (r.getState().isFeasible() && integral(r)) {
          double v = 0;
          for (int i = 0; i < c.length; i++) {
            v += c[i] * Math.rint(r.doubleValue(i));
          }
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
        if (Math.rint(hi - lo) >= k - 1) {
          return (long) Math.rint(hi - lo) + 1;
        }
      }
      seen = Math.max(seen, (long) Math.rint(hi - lo) + 1);
    }
    return seen;
  }

  /** Returns how many linear or integer programmes were solved so far. */
  public long solves() {
    return solves.get();
  }

  /**
   * Audits one system. Every whole-number point that satisfies the system is a witness: a target
   * whose values at two witnesses lie k-1 apart has at least k possible values. The true figures
   * are the first witness; the optima of the sum of all targets, up and down, usually witness most
   * targets at once, so that only the rest need an optimum of their own.
   */
  private List<Finding> audit(Systems.Part part) {
    List<Finding> findings = new ArrayList<>();
    if (part.unknowns().isEmpty()) {
      for (Target t : part.targets()) {
        findings.add(new Finding(t, 1));
      }
      return findings;
    }
    List<double[]> witnesses = new ArrayList<>();
    double[] truth = new double[part.unknowns().size()];
    for (Map.Entry<Quantity, Integer> u : part.unknowns().entrySet()) {
      truth[u.getValue()] = knowledge.values().get(u.getKey());
    }
    witnesses.add(truth);
    double[] sum = new double[truth.length];
    for (Target t : part.targets()) {
      double[] c = coefficients(part, t);
      for (int i = 0; i < sum.length; i++) {
        sum[i] += c[i];
      }
    }
    boolean[] unbounded = new boolean[2];
    for (boolean maximise : new boolean[] {true, false}) {
      Optimisation.Result r = solve(part, sum, maximise, false);
      if (r.getState().isFeasible() && integral(r)) {
        witnesses.add(point(r, truth.length));
      }
    }
    for (Target t : part.targets()) {
      double[] c = coefficients(part, t);
      if (span(witnesses, c) >= k - 1) {
        continue;
      }
      Bound max = optimum(part, c, true, witnesses);
      if (max.unbounded() || span(witnesses, c) >= k - 1) {
        continue;
      }
      Bound min = optimum(part, c, false, witnesses);
      if (min.unbounded()) {
        continue;
      }
      long possible = max.value() - min.value() + 1;
      if (possible < k) {
        findings.add(new Finding(t, possible));
      }
    }
    return findings;
  }

  private static double[] coefficients(Systems.Part part, Target t) {
    double[] c = new double[part.unknowns().size()];
    for (Map.Entry<Quantity, Integer> term : t.expression().entrySet()) {
      Integer i = part.unknowns().get(term.getKey());
      if (i != null) {
        c[i] += term.getValue();
      }
    }
    return c;
  }

  /** Returns the largest difference of the target between two witnesses. */
  private static double span(List<double[]> witnesses, double[] c) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] w : witnesses) {
      double v = 0;
      for (int i = 0; i < c.length; i++) {
        v += c[i] * w[i];
      }
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return Math.rint(hi - lo);
  }

  private static double[] point(Optimisation.Result r, int n) {
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = Math.rint(r.doubleValue(i));
    }
    return p;
  }

  private record Bound(boolean unbounded, long value) {}

  /**
   * Returns the integer optimum of the target's unknown part (its known part shifts max and min
   * alike). The LP is solved first, then the MIP if the LP's point is fractional; every
   * whole-number optimum found becomes a witness.
   */
  private Bound optimum(
      Systems.Part part, double[] objective, boolean maximise, List<double[]> witnesses) {
    Optimisation.Result lp = solve(part, objective, maximise, false);
    if (lp.getState() == Optimisation.State.UNBOUNDED) {
      return new Bound(true, 0);
    }
    if (!lp.getState().isFeasible()) {
      throw new IllegalStateException(
          "het stelsel van de kleine-aantallencontrole heeft geen oplossing, terwijl de echte"
              + " cijfers er een zijn");
    }
    if (!integral(lp)) {
      Optimisation.Result mip = solve(part, objective, maximise, true);
      if (mip.getState() == Optimisation.State.UNBOUNDED) {
        return new Bound(true, 0);
      }
      if (mip.getState().isFeasible()) {
        lp = mip;
      }
    }
    if (integral(lp)) {
      witnesses.add(point(lp, objective.length));
    }
    double v = lp.getValue();
    return new Bound(
        false, maximise ? (long) Math.floor(v + TOLERANCE) : (long) Math.ceil(v - TOLERANCE));
  }

  private static boolean integral(Optimisation.Result result) {
    for (int i = 0; i < result.count(); i++) {
      double x = result.doubleValue(i);
      if (Math.abs(x - Math.rint(x)) > TOLERANCE) {
        return false;
      }
    }
    return true;
  }

  private Optimisation.Result solve(
      Systems.Part part, double[] objective, boolean maximise, boolean integer) {
    return solve(model(part, objective, integer), maximise);
  }

  private Optimisation.Result solve(ExpressionsBasedModel model, boolean maximise) {
    solves.incrementAndGet();
    return maximise ? model.maximise() : model.minimise();
  }

  /** Returns the system as an ojAlgo model whose objective is the given sum of unknowns. */
  private ExpressionsBasedModel model(Systems.Part part, double[] objective, boolean integer) {
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
