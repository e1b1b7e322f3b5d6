package nl.leamonitor.analytics.protect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

  /** How many answers the solver's memory keeps before it starts again. */
  private static final int CACHE_LIMIT = 200_000;

  /**
   * How many numbers (a programme's terms, constants and objective, and its answer's values) the
   * solver's memory holds before it starts again: about 50 MB of arrays. A count of answers alone
   * let a delivery with large systems fill Java's heap with them.
   */
  private static final long CACHE_NUMBERS_LIMIT = 12_000_000;

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
  private final AtomicLong remembered = new AtomicLong();
  private final Map<Key, Optimisation.Result> cache = new ConcurrentHashMap<>();
  private final AtomicLong cachedNumbers = new AtomicLong();

  Programmes(AttackerKnowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** Returns how many programmes were solved so far. */
  long solves() {
    return solves.get();
  }

  /** Returns how many of the solves were answered from memory, without the solver. */
  long remembered() {
    return remembered.get();
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

  /**
   * Returns the optimum of a programme, up or down. A programme solved before with the same numbers
   * (the same unknowns, relations, constants and objective, on a model in the same state) gives the
   * answer it gave then, without the solver: rounds and pruning audit the same targets again and
   * again where nothing around them changed. Every call counts as a solve, found or not, so that
   * pruning's budget (a count of solves) stops where it always did.
   */
  Optimisation.Result solve(Programme programme, boolean maximise) {
    solves.incrementAndGet();
    return answerOf(programme, maximise);
  }

  /**
   * Returns the optimum of a new programme of the part, up or down, as {@link #solve(Systems.Part,
   * double[], boolean, boolean)} does, without counting it as a solve: for an optimum solved ahead
   * on another thread, which is counted ({@link #counted}) only where it is used, so that pruning's
   * budget counts the solves it always did. A new programme has no solves before it, so its answer
   * does not depend on when or on which thread it is solved. {@code bounded}: in bounds form
   * ({@link Programme#bounded}), the same points as the programme, fewer rows for the solver.
   */
  Optimisation.Result solveUncounted(
      Systems.Part part, double[] objective, boolean maximise, boolean integer, boolean bounded) {
    Programme programme = model(part, objective, integer);
    return answerOf(bounded ? programme.bounded() : programme, maximise);
  }

  /** Counts solves whose answers {@link #solveUncounted} gave. */
  void counted(int count) {
    solves.addAndGet(count);
  }

  /** Returns the optimum of a programme as {@link #solve(Programme, boolean)}, not counted. */
  private Optimisation.Result answerOf(Programme programme, boolean maximise) {
    Key key = new Key(programme.numbers, maximise, List.copyOf(programme.history));
    Optimisation.Result known = cache.get(key);
    if (known == null) {
      known = answer(programme.solve(maximise));
      long weight = programme.numbers.weight() + known.count();
      if (cache.size() >= CACHE_LIMIT || cachedNumbers.addAndGet(weight) > CACHE_NUMBERS_LIMIT) {
        cache.clear();
        cachedNumbers.set(weight);
      }
      cache.putIfAbsent(key, known);
    } else {
      remembered.incrementAndGet();
    }
    programme.history.add(maximise);
    return known;
  }

  /**
   * Returns the solver's answer as its state, optimum and values only. ojAlgo's own result keeps
   * the model it came from (its constraints and their multipliers): kept in the solver's memory,
   * every answer would keep its whole model alive, which ran a delivery of 99 wijken (3.1 million
   * rows) out of a 1 GB heap. The values are the same doubles the solver's result gives.
   */
  static Optimisation.Result answer(Optimisation.Result solved) {
    double[] values = new double[(int) solved.count()];
    for (int i = 0; i < values.length; i++) {
      values[i] = solved.doubleValue(i);
    }
    return Optimisation.Result.of(solved.getValue(), solved.getState(), values);
  }

  /** A programme solved, up or down, after the solves of its model before it (up: true). */
  private record Key(Numbers numbers, boolean maximise, List<Boolean> history) {}

  /**
   * Returns the system as a programme whose objective is the given sum of unknowns: the numbers an
   * ojAlgo model is made of, comparable, and the model made of them when it is solved.
   */
  Programme model(Systems.Part part, double[] objective, boolean integer) {
    int n = part.unknowns().size();
    Map<Quantity, Integer> variables = part.unknowns();
    List<Quantity> byNumber = new ArrayList<>(variables.keySet());
    int[] terms = new int[16];
    int t = 0;
    long[] constants = new long[part.relations().size()];
    int[] senses = new int[part.relations().size()];
    int[] starts = new int[part.relations().size() + 1];
    int r = 0;
    for (Relation relation : part.relations()) {
      starts[r] = t;
      long constant = relation.constant();
      if (relation.terms().size() > n) {
        // A sum over hundreds of wijken in a closed part of a few dozen unknowns: its known
        // terms are its true total less the part's own terms.
        constant -= knowledge.truthSum(relation);
        for (int v = 0; v < n; v++) {
          Quantity q = byNumber.get(v);
          Integer coefficient = relation.terms().get(q);
          if (coefficient != null) {
            constant += coefficient * knowledge.values().get(q);
            if (t + 2 > terms.length) {
              terms = Arrays.copyOf(terms, terms.length * 2);
            }
            terms[t++] = v;
            terms[t++] = coefficient;
          }
        }
      } else {
        for (Map.Entry<Quantity, Integer> term : relation.terms().entrySet()) {
          Integer v = variables.get(term.getKey());
          if (v == null) {
            constant -= term.getValue() * knowledge.values().getOrDefault(term.getKey(), 0L);
          } else {
            if (t + 2 > terms.length) {
              terms = Arrays.copyOf(terms, terms.length * 2);
            }
            terms[t++] = v;
            terms[t++] = term.getValue();
          }
        }
      }
      constants[r] = constant;
      senses[r] = relation.sense().ordinal();
      r++;
    }
    starts[r] = t;
    return new Programme(
        new Numbers(
            n, integer, objective.clone(), Arrays.copyOf(terms, t), starts, constants, senses));
  }

  /**
   * A programme as the numbers given to the solver: unknowns 0 to n-1, at least 0 and whole if
   * asked, an objective, and per relation its terms (unknown, coefficient), sense and constant.
   * Equal numbers are one model to the solver.
   */
  private static final class Numbers {
    private final int unknowns;
    private final boolean integer;
    private final double[] objective;
    private final int[] terms;
    private final int[] starts;
    private final long[] constants;
    private final int[] senses;

    /** Per unknown its least and greatest value (no greatest: MAX_VALUE); null: 0 and none. */
    private final long[] lower;

    private final long[] upper;
    private final int hash;

    private Numbers(
        int unknowns,
        boolean integer,
        double[] objective,
        int[] terms,
        int[] starts,
        long[] constants,
        int[] senses) {
      this(unknowns, integer, objective, terms, starts, constants, senses, null, null);
    }

    private Numbers(
        int unknowns,
        boolean integer,
        double[] objective,
        int[] terms,
        int[] starts,
        long[] constants,
        int[] senses,
        long[] lower,
        long[] upper) {
      this.unknowns = unknowns;
      this.integer = integer;
      this.objective = objective;
      this.terms = terms;
      this.starts = starts;
      this.constants = constants;
      this.senses = senses;
      this.lower = lower;
      this.upper = upper;
      int h = Boolean.hashCode(integer) * 31 + unknowns;
      h = h * 31 + Arrays.hashCode(objective);
      h = h * 31 + Arrays.hashCode(terms);
      h = h * 31 + Arrays.hashCode(starts);
      h = h * 31 + Arrays.hashCode(constants);
      h = h * 31 + Arrays.hashCode(lower);
      h = h * 31 + Arrays.hashCode(upper);
      this.hash = h * 31 + Arrays.hashCode(senses);
    }

    /**
     * Returns the same programme with every relation of one unknown, with coefficient 1 or -1,
     * written as a bound of that unknown instead (the same whole-number and real points): a system
     * of hundreds of wijken has more such relations (a noemer at least 1, a cell at most a
     * published total) than others, and each is a row of the solver's dense tableau.
     */
    Numbers bounded() {
      long[] least = new long[unknowns];
      long[] most = new long[unknowns];
      Arrays.fill(most, Long.MAX_VALUE);
      int[] keptTerms = new int[terms.length];
      int[] keptStarts = new int[starts.length];
      long[] keptConstants = new long[constants.length];
      int[] keptSenses = new int[senses.length];
      int t = 0;
      int r = 0;
      for (int i = 0; i < constants.length; i++) {
        int from = starts[i];
        int to = starts[i + 1];
        if (to - from == 2 && Math.abs(terms[from + 1]) == 1) {
          int v = terms[from];
          boolean negated = terms[from + 1] < 0;
          long c = negated ? -constants[i] : constants[i];
          Relation.Sense sense = Relation.Sense.values()[senses[i]];
          if (sense == Relation.Sense.EQUAL
              || sense == (negated ? Relation.Sense.AT_MOST : Relation.Sense.AT_LEAST)) {
            least[v] = Math.max(least[v], c);
          }
          if (sense == Relation.Sense.EQUAL
              || sense == (negated ? Relation.Sense.AT_LEAST : Relation.Sense.AT_MOST)) {
            most[v] = Math.min(most[v], c);
          }
          continue;
        }
        keptStarts[r] = t;
        for (int j = from; j < to; j++) {
          keptTerms[t++] = terms[j];
        }
        keptConstants[r] = constants[i];
        keptSenses[r] = senses[i];
        r++;
      }
      keptStarts[r] = t;
      return new Numbers(
          unknowns,
          integer,
          objective,
          Arrays.copyOf(keptTerms, t),
          Arrays.copyOf(keptStarts, r + 1),
          Arrays.copyOf(keptConstants, r),
          Arrays.copyOf(keptSenses, r),
          least,
          most);
    }

    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof Numbers p
              && p.hash == hash
              && p.unknowns == unknowns
              && p.integer == integer
              && Arrays.equals(p.objective, objective)
              && Arrays.equals(p.terms, terms)
              && Arrays.equals(p.starts, starts)
              && Arrays.equals(p.constants, constants)
              && Arrays.equals(p.senses, senses)
              && Arrays.equals(p.lower, lower)
              && Arrays.equals(p.upper, upper);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    /** Returns how many numbers the programme is made of. */
    long weight() {
      return objective.length
          + terms.length
          + starts.length
          + constants.length
          + senses.length
          + (lower == null ? 0 : 2 * unknowns);
    }
  }

  /** A programme to solve: its numbers, and the model made of them with the solves it has seen. */
  static final class Programme {
    private final Numbers numbers;
    private final List<Boolean> history = new ArrayList<>();
    private final List<Boolean> modelHistory = new ArrayList<>();
    private ExpressionsBasedModel model;

    private Programme(Numbers numbers) {
      this.numbers = numbers;
    }

    /** Returns a new programme of the same numbers in bounds form ({@link Numbers#bounded}). */
    Programme bounded() {
      return new Programme(numbers.bounded());
    }

    /**
     * Solves the model up or down, after the solves of it before this one: where some of those were
     * answered from memory, a new model is made and solved as often first, so that the solver finds
     * it in the state it always did.
     */
    private Optimisation.Result solve(boolean maximise) {
      if (model == null || !modelHistory.equals(history)) {
        model = model();
        modelHistory.clear();
        for (boolean up : history) {
          if (up) {
            model.maximise();
          } else {
            model.minimise();
          }
          modelHistory.add(up);
        }
      }
      Optimisation.Result result = maximise ? model.maximise() : model.minimise();
      modelHistory.add(maximise);
      return result;
    }

    /** Returns a new model, made as it always was: the same calls in the same order. */
    private ExpressionsBasedModel model() {
      ExpressionsBasedModel model = new ExpressionsBasedModel();
      model.options.validate = false;
      // A system over hundreds of wijken has thousands of unknowns, each in a few
      // relations: a
      // dense simplex tableau would take time and memory by the square of that.
      model.options.sparse = numbers.unknowns > SPARSE_FROM;
      Variable[] variables = new Variable[numbers.unknowns];
      for (int i = 0; i < numbers.unknowns; i++) {
        Variable v =
            numbers.lower == null
                ? model.addVariable().lower(0)
                : model.addVariable().lower(BigDecimal.valueOf(numbers.lower[i]));
        if (numbers.upper != null && numbers.upper[i] != Long.MAX_VALUE) {
          v.upper(BigDecimal.valueOf(numbers.upper[i]));
        }
        if (numbers.integer) {
          v.integer(true);
        }
        if (numbers.objective[i] != 0) {
          v.weight(numbers.objective[i]);
        }
        variables[i] = v;
      }
      for (int r = 0; r < numbers.constants.length; r++) {
        Expression e = model.addExpression();
        for (int t = numbers.starts[r]; t < numbers.starts[r + 1]; t += 2) {
          e.set(variables[numbers.terms[t]], Integer.valueOf(numbers.terms[t + 1]));
        }
        BigDecimal c = BigDecimal.valueOf(numbers.constants[r]);
        switch (Relation.Sense.values()[numbers.senses[r]]) {
          case EQUAL -> e.level(c);
          case AT_MOST -> e.upper(c);
          case AT_LEAST -> e.lower(c);
          default -> throw new IllegalStateException();
        }
      }
      return model;
    }
  }
}
