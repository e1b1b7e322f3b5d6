package nl.leamonitor.analytics.protect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Predicate;
import org.ojalgo.optimisation.Optimisation;

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
  private static final double TOLERANCE = Programmes.TOLERANCE;

  /** How many relations deep the closed part around a target reaches, at first. */
  private static final int VOUCH_RADIUS = 2;

  /** How many hidden cells of a sum over hundreds of wijken the closed part takes in, per step. */
  private static final int ABSORBERS = 3;

  /**
   * From how many unknowns a system's optima down are solved on another thread beside those up: a
   * country's systems of hundreds of unknowns, whose every programme takes a dense tableau of
   * hundreds of thousands of numbers, not the few dozen around a target.
   */
  private static final int AHEAD_FROM = 200;

  /**
   * What the auditor found wrong with one target.
   *
   * @param target the target
   * @param possibleValues how many whole numbers it can take, as far as computed (below k)
   */
  public record Finding(Target target, long possibleValues) {}

  private final AttackerKnowledge knowledge;
  private final int k;
  private final Programmes programmes;
  private final int aheadFrom;
  private final boolean boundedOptima;

  /**
   * Creates an auditor of one run.
   *
   * @param knowledge the relations and the true values
   * @param k the minimum cell size (at least 1)
   */
  public RangeAuditor(AttackerKnowledge knowledge, int k) {
    this(knowledge, k, AHEAD_FROM, true);
  }

  /**
   * Creates an auditor of one run that solves the optima down of systems of at least {@code
   * aheadFrom} unknowns on another thread, and whole systems' programmes in bounds form or not
   * (tests compare it with one that does neither).
   */
  RangeAuditor(AttackerKnowledge knowledge, int k, int aheadFrom, boolean boundedOptima) {
    this.knowledge = knowledge;
    this.k = k;
    this.programmes = new Programmes(knowledge);
    this.aheadFrom = aheadFrom;
    this.boundedOptima = boundedOptima;
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
    systems.parts().parallelStream()
        .map(p -> audit(p, boundedOptima))
        .toList()
        .forEach(findings::addAll);
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
            .map(t -> audit(Systems.local(knowledge, hidden, t, radius), false))
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
      double[] c = Programmes.coefficients(part, target);
      double[] truth = new double[c.length];
      for (Map.Entry<Quantity, Integer> u : part.unknowns().entrySet()) {
        truth[u.getValue()] = knowledge.values().get(u.getKey());
      }
      double lo = value(c, truth);
      double hi = lo;
      Programmes.Programme model = programmes.model(part, c, false);
      for (boolean maximise : new boolean[] {true, false}) {
        Optimisation.Result r = programmes.solve(model, maximise);
        if (r.getState() == Optimisation.State.UNBOUNDED) {
          return Long.MAX_VALUE;
        }
        if (r.getState().isFeasible() && !Programmes.integral(r)) {
          r = programmes.solve(part, c, maximise, true);
        }
        if (Programmes.isWholePoint(r)) {
          double v = value(c, Programmes.point(r, c.length));
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
        long span = (long) Math.rint(hi - lo);
        if (span >= k - 1) {
          return span + 1;
        }
        seen = Math.max(seen, span + 1);
      }
    }
    return seen;
  }

  private static double value(double[] c, double[] point) {
    double v = 0;
    for (int i = 0; i < c.length; i++) {
      v += c[i] * point[i];
    }
    return v;
  }

  /** Returns how many linear or integer programmes were solved so far. */
  public long solves() {
    return programmes.solves();
  }

  /** Returns how many of the {@link #solves} were answered from memory, without the solver. */
  public long remembered() {
    return programmes.remembered();
  }

  /**
   * Audits one system. Every whole-number point that satisfies the system is a witness: a target
   * whose values at two witnesses lie k-1 apart has at least k possible values. The true figures
   * are the first witness; the optima of the sum of all targets, up and down, usually witness most
   * targets at once, so that only the rest need an optimum of their own.
   *
   * <p>{@code bounded}: the programmes are solved in bounds form ({@link
   * Programmes#solveUncounted}), a relation of one unknown as that unknown's bound. Only for whole
   * systems ({@link #optima}), where what is found is each target's range of whole numbers, which
   * the form does not change: the form changes which optimal point the solver gives, so which
   * witnesses are found and how many optima are solved, not the optima. Never for the audits around
   * targets, whose count of solves is pruning's budget.
   */
  private List<Finding> audit(Systems.Part part, boolean bounded) {
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
      double[] c = Programmes.coefficients(part, t);
      for (int i = 0; i < sum.length; i++) {
        sum[i] += c[i];
      }
    }
    // A large system's optima down are solved on another thread while those up are solved here
    // (each a new programme, whose answer does not depend on when it is solved); they are used,
    // and counted, exactly where and when the optima were solved one after the other.
    boolean ahead = part.unknowns().size() >= aheadFrom;
    ForkJoinTask<Optimisation.Result> sumDown =
        ahead
            ? ForkJoinTask.adapt(() -> programmes.solveUncounted(part, sum, false, false, bounded))
                .fork()
            : null;
    for (boolean maximise : new boolean[] {true, false}) {
      Optimisation.Result r =
          maximise || sumDown == null
              ? programmes.solveUncounted(part, sum, maximise, false, bounded)
              : sumDown.join();
      programmes.counted(1);
      if (Programmes.isWholePoint(r)) {
        witnesses.add(Programmes.point(r, truth.length));
      }
    }
    for (Target t : part.targets()) {
      double[] c = Programmes.coefficients(part, t);
      if (span(witnesses, c) >= k - 1) {
        continue;
      }
      ForkJoinTask<Optimum> down =
          ahead ? ForkJoinTask.adapt(() -> optimum(part, c, false, bounded)).fork() : null;
      Bound max = bound(optimum(part, c, true, bounded), c, true, witnesses);
      if (max.unbounded() || span(witnesses, c) >= k - 1) {
        if (down != null) {
          // Not needed: one that has not started yet never starts.
          down.cancel(false);
        }
        continue;
      }
      Bound min =
          bound(down != null ? down.join() : optimum(part, c, false, bounded), c, false, witnesses);
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

  /** Returns the largest difference of the target between two witnesses. */
  private static double span(List<double[]> witnesses, double[] c) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] w : witnesses) {
      double v = value(c, w);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return Math.rint(hi - lo);
  }

  private record Bound(boolean unbounded, long value) {}

  /**
   * The answers an optimum of a target's unknown part is made of: the LP's and, where the LP's
   * point is fractional, the MIP's (else null).
   */
  private record Optimum(Optimisation.Result lp, Optimisation.Result mip) {}

  /**
   * Solves the optimum of a target's unknown part one way, uncounted ({@link
   * Programmes#solveUncounted}): the LP first, then the MIP if the LP's point is fractional. New
   * programmes only, so the answers are the same on any thread and at any time.
   */
  private Optimum optimum(
      Systems.Part part, double[] objective, boolean maximise, boolean bounded) {
    Optimisation.Result lp = programmes.solveUncounted(part, objective, maximise, false, bounded);
    if (lp.getState() == Optimisation.State.UNBOUNDED
        || !lp.getState().isFeasible()
        || Programmes.integral(lp)) {
      return new Optimum(lp, null);
    }
    return new Optimum(lp, programmes.solveUncounted(part, objective, maximise, true, bounded));
  }

  /**
   * Returns the integer optimum of the target's unknown part (its known part shifts max and min
   * alike) from its answers, counting the solves they took. Every whole-number optimum found
   * becomes a witness.
   */
  private Bound bound(
      Optimum optimum, double[] objective, boolean maximise, List<double[]> witnesses) {
    Optimisation.Result lp = optimum.lp();
    programmes.counted(optimum.mip() == null ? 1 : 2);
    if (lp.getState() == Optimisation.State.UNBOUNDED) {
      return new Bound(true, 0);
    }
    if (!lp.getState().isFeasible()) {
      throw new IllegalStateException(
          "het stelsel van de kleine-aantallencontrole heeft geen oplossing, terwijl de echte"
              + " cijfers er een zijn");
    }
    if (optimum.mip() != null) {
      Optimisation.Result mip = optimum.mip();
      if (mip.getState() == Optimisation.State.UNBOUNDED) {
        return new Bound(true, 0);
      }
      if (!mip.getState().isFeasible()) {
        // Without the whole-number optimum, the LP's would overstate the range: the farthest
        // witness is a value the target surely takes, and the range it gives can only be
        // smaller than the real one, so the target may be found where it is safe, never the
        // other way round.
        double far = maximise ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (double[] w : witnesses) {
          far = maximise ? Math.max(far, value(objective, w)) : Math.min(far, value(objective, w));
        }
        return new Bound(false, Math.round(far));
      }
      lp = mip;
    }
    if (Programmes.integral(lp)) {
      witnesses.add(Programmes.point(lp, objective.length));
    }
    double v = lp.getValue();
    return new Bound(
        false, maximise ? (long) Math.floor(v + TOLERANCE) : (long) Math.ceil(v - TOLERANCE));
  }
}
