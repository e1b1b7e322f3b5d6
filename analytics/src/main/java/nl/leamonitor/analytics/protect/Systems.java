package nl.leamonitor.analytics.protect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The attacker's relations split into independent systems: two relations belong to one system when
 * they share an unknown quantity (union-find), so each system is solved on its own and a change of
 * suppression touches only its own system.
 *
 * @param parts the systems that hold at least one target
 */
record Systems(List<Systems.Part> parts) {
  /** The largest relation a local part takes in: a gemeente of 20 wijken. */
  static final int LOCAL_TERMS = 21;

  /**
   * One independent system.
   *
   * @param unknowns its unknown quantities, numbered from 0
   * @param relations the relations with at least one of its unknowns
   * @param targets the targets whose unknowns lie in it
   */
  record Part(Map<Quantity, Integer> unknowns, List<Relation> relations, List<Target> targets) {}

  /** Splits the relations by their unknowns; a target without unknowns forms a part of its own. */
  static Systems split(
      AttackerKnowledge knowledge,
      Predicate<Quantity> hidden,
      List<Target> targets,
      int[][] targetQuantities) {
    List<Quantity> quantities = knowledge.quantities();
    int n = quantities.size();
    boolean[] unknown = new boolean[n];
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      unknown[i] = knowledge.isUnknown(i, hidden);
      parent[i] = i;
    }
    int[][] relationQuantities = knowledge.relationQuantities();
    for (int[] qs : relationQuantities) {
      join(parent, unknown, qs);
    }
    for (int[] qs : targetQuantities) {
      join(parent, unknown, qs);
    }
    Map<Integer, Part> byRoot = new LinkedHashMap<>();
    List<Part> parts = new ArrayList<>();
    for (int t = 0; t < targets.size(); t++) {
      int first = firstUnknown(unknown, targetQuantities[t]);
      if (first < 0) {
        parts.add(new Part(Map.of(), List.of(), new ArrayList<>(List.of(targets.get(t)))));
        continue;
      }
      byRoot
          .computeIfAbsent(
              find(parent, first),
              x -> new Part(new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>()))
          .targets()
          .add(targets.get(t));
    }
    for (int i = 0; i < n; i++) {
      if (unknown[i]) {
        Part part = byRoot.get(find(parent, i));
        if (part != null) {
          part.unknowns().put(quantities.get(i), part.unknowns().size());
        }
      }
    }
    for (int r = 0; r < relationQuantities.length; r++) {
      int first = firstUnknown(unknown, relationQuantities[r]);
      if (first >= 0) {
        Part part = byRoot.get(find(parent, first));
        if (part != null) {
          part.relations().add(knowledge.relations().get(r));
        }
      }
    }
    parts.addAll(byRoot.values());
    return new Systems(parts);
  }

  /**
   * Returns the part of the system around one target: the relations reached from its unknowns
   * through unknowns in at most {@code radius} steps, leaving out relations of more than {@link
   * #LOCAL_TERMS} terms (a sum over hundreds of wijken, whose many hidden cells give each other
   * room anyway). Leaving relations out can only widen the target's range, so a local finding is a
   * real one, while a local acceptance still needs the whole audit.
   */
  static Part local(
      AttackerKnowledge knowledge, Predicate<Quantity> hidden, Target target, int radius) {
    List<Quantity> quantities = knowledge.quantities();
    Predicate<Integer> unknown = i -> knowledge.isUnknown(i, hidden);
    Map<Quantity, Integer> unknowns = new LinkedHashMap<>();
    Set<Integer> relationSet = new LinkedHashSet<>();
    List<Integer> frontier = new ArrayList<>();
    for (Quantity q : target.expression().keySet()) {
      int i = knowledge.index(q);
      if (unknown.test(i)) {
        unknowns.putIfAbsent(q, unknowns.size());
        frontier.add(i);
      }
    }
    for (int step = 0; step < radius && !frontier.isEmpty(); step++) {
      List<Integer> next = new ArrayList<>();
      for (int q : frontier) {
        for (int r : knowledge.relationsOf(q)) {
          if (knowledge.relationQuantities()[r].length <= LOCAL_TERMS && relationSet.add(r)) {
            for (int other : knowledge.relationQuantities()[r]) {
              if (unknown.test(other)
                  && unknowns.putIfAbsent(quantities.get(other), unknowns.size()) == null) {
                next.add(other);
              }
            }
          }
        }
      }
      frontier = next;
    }
    List<Relation> relations = new ArrayList<>();
    relationSet.forEach(r -> relations.add(knowledge.relations().get(r)));
    return new Part(unknowns, relations, new ArrayList<>(List.of(target)));
  }

  /**
   * Returns a closed part around one target, whose every whole-number point is, with the true
   * values of the quantities outside it, a point of the whole system: a witness of values the
   * target can take. Its unknowns are those reached from the target through relations in at most
   * {@code radius} steps, where a relation of more than {@link #LOCAL_TERMS} terms (a sum over
   * hundreds of wijken) brings in only its {@code absorbers} hidden quantities of largest true
   * value (the ones with most room to take up a change); its relations are all that name one of
   * these unknowns, the quantities outside fixed at their true values.
   */
  static Part closed(
      AttackerKnowledge knowledge,
      Predicate<Quantity> hidden,
      Target target,
      int radius,
      int absorbers) {
    List<Quantity> quantities = knowledge.quantities();
    int[][] relationQuantities = knowledge.relationQuantities();
    Marks marks = Marks.of(quantities.size(), relationQuantities.length);
    int inPart = marks.next();
    int visited = marks.next();
    int taken = marks.next();
    Map<Quantity, Integer> unknowns = new LinkedHashMap<>();
    int[] numbers = new int[8];
    List<Integer> frontier = new ArrayList<>();
    for (Quantity q : target.expression().keySet()) {
      int i = knowledge.index(q);
      if (knowledge.isUnknown(i, hidden) && marks.quantity[i] != inPart) {
        marks.quantity[i] = inPart;
        numbers = add(numbers, unknowns.size(), i);
        unknowns.put(q, unknowns.size());
        frontier.add(i);
      }
    }
    for (int step = 0; step < radius && !frontier.isEmpty(); step++) {
      List<Integer> next = new ArrayList<>();
      for (int q : frontier) {
        for (int r : knowledge.relationsOf(q)) {
          if (marks.relation[r] == visited) {
            continue;
          }
          marks.relation[r] = visited;
          int[] terms = relationQuantities[r];
          boolean sum = terms.length > LOCAL_TERMS;
          List<Integer> reached = new ArrayList<>();
          for (int other : sum ? knowledge.quantitiesByValue(r) : terms) {
            if (sum && reached.size() == absorbers) {
              break;
            }
            if (marks.quantity[other] != inPart && knowledge.isUnknown(other, hidden)) {
              reached.add(other);
            }
          }
          for (int other : reached) {
            marks.quantity[other] = inPart;
            numbers = add(numbers, unknowns.size(), other);
            unknowns.put(quantities.get(other), unknowns.size());
            next.add(other);
          }
        }
      }
      frontier = next;
    }
    // Every relation naming one of the unknowns, in the order the unknowns name them.
    List<Relation> relations = new ArrayList<>();
    List<Relation> all = knowledge.relations();
    for (int u = 0; u < unknowns.size(); u++) {
      for (int r : knowledge.relationsOf(numbers[u])) {
        if (marks.relation2[r] != taken) {
          marks.relation2[r] = taken;
          relations.add(all.get(r));
        }
      }
    }
    return new Part(unknowns, relations, new ArrayList<>(List.of(target)));
  }

  private static int[] add(int[] numbers, int at, int number) {
    int[] grown = at < numbers.length ? numbers : Arrays.copyOf(numbers, numbers.length * 2);
    grown[at] = number;
    return grown;
  }

  /**
   * Per thread, marks of quantities and relations by number, each search with marks of its own (a
   * mark is the number of the search that set it), so that a closed part is collected without sets
   * of boxed numbers or quantities.
   */
  private static final class Marks {
    private static final ThreadLocal<Marks> PER_THREAD = new ThreadLocal<>();

    private final int[] quantity;
    private final int[] relation;
    private final int[] relation2;
    private int last;

    private Marks(int quantities, int relations) {
      quantity = new int[quantities];
      relation = new int[relations];
      relation2 = new int[relations];
    }

    static Marks of(int quantities, int relations) {
      Marks marks = PER_THREAD.get();
      if (marks == null
          || marks.quantity.length < quantities
          || marks.relation.length < relations
          || marks.last > Integer.MAX_VALUE - 8) {
        marks = new Marks(quantities, relations);
        PER_THREAD.set(marks);
      }
      return marks;
    }

    /** Returns a mark no array holds yet. */
    int next() {
      return ++last;
    }
  }

  private static int firstUnknown(boolean[] unknown, int[] qs) {
    return Arrays.stream(qs).filter(q -> unknown[q]).findFirst().orElse(-1);
  }

  private static void join(int[] parent, boolean[] unknown, int[] qs) {
    int first = -1;
    for (int q : qs) {
      if (unknown[q]) {
        if (first < 0) {
          first = q;
        } else {
          int a = find(parent, first);
          int b = find(parent, q);
          if (a != b) {
            parent[a] = b;
          }
        }
      }
    }
  }

  private static int find(int[] parent, int q) {
    while (parent[q] != q) {
      parent[q] = parent[parent[q]];
      q = parent[q];
    }
    return q;
  }
}
