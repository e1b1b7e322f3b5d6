package nl.leamonitor.analytics.protect;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which published figures are tied to a target by the attacker's relations: those sharing a
 * relation with it first, then, step by step, those tied to it through hidden quantities.
 */
final class Neighbours {
  private final AttackerKnowledge knowledge;
  private final Map<Quantity, List<Relation>> relationsOf = new HashMap<>();

  Neighbours(AttackerKnowledge knowledge) {
    this.knowledge = knowledge;
    for (Relation r : knowledge.relations()) {
      for (Quantity q : r.terms().keySet()) {
        relationsOf.computeIfAbsent(q, x -> new ArrayList<>()).add(r);
      }
    }
  }

  /**
   * Returns the targets with a quantity at most {@code steps} relations away from one of the
   * quantities: those whose range publishing the quantities again could narrow first.
   */
  List<Target> targetsNear(List<Quantity> quantities, List<Target> targets, int steps) {
    Set<Quantity> near = new HashSet<>(quantities);
    for (int step = 0; step < steps; step++) {
      Set<Quantity> next = new HashSet<>(near);
      for (Quantity q : near) {
        for (Relation r : relationsOf.getOrDefault(q, List.of())) {
          next.addAll(r.terms().keySet());
        }
      }
      near = next;
    }
    // The targets naming a near quantity, found through an index of the list's quantities and
    // returned in the list's order.
    Map<Quantity, int[]> byQuantity = targetIndex(targets);
    BitSet hit = new BitSet(targets.size());
    for (Quantity q : near) {
      int[] named = byQuantity.get(q);
      if (named != null) {
        for (int t : named) {
          hit.set(t);
        }
      }
    }
    List<Target> found = new ArrayList<>(hit.cardinality());
    for (int t = hit.nextSetBit(0); t >= 0; t = hit.nextSetBit(t + 1)) {
      found.add(targets.get(t));
    }
    return found;
  }

  /** Returns, per quantity, the positions of the targets naming it, for the last list asked. */
  private synchronized Map<Quantity, int[]> targetIndex(List<Target> targets) {
    if (indexed != targets) {
      Map<Quantity, List<Integer>> positions = new HashMap<>();
      for (int t = 0; t < targets.size(); t++) {
        for (Quantity q : targets.get(t).expression().keySet()) {
          positions.computeIfAbsent(q, x -> new ArrayList<>()).add(t);
        }
      }
      Map<Quantity, int[]> index = new HashMap<>();
      positions.forEach((q, ts) -> index.put(q, ts.stream().mapToInt(Integer::intValue).toArray()));
      targetIndex = index;
      indexed = targets;
    }
    return targetIndex;
  }

  private List<Target> indexed;
  private Map<Quantity, int[]> targetIndex;

  /** Returns whether one of the quantities shares a relation with the target's quantities. */
  boolean touches(Target target, Set<Quantity> quantities) {
    for (Quantity q : target.expression().keySet()) {
      for (Relation r : relationsOf.getOrDefault(q, List.of())) {
        for (Quantity other : r.terms().keySet()) {
          if (quantities.contains(other)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Returns the cheapest published, visible quantity nearest to the target (fewest relations away,
   * through hidden quantities), or null when none is left. A figure of at least k-1 is preferred at
   * the same distance: hidden beside a small figure, it gives the sums room to move by k-1, where a
   * 0 or another small figure gives next to none. Walks the quantities by their numbers in the
   * knowledge, in the order of its relations and their terms.
   */
  Quantity cheapestVisible(Target target, HiddenByNumber hidden, int k) {
    BitSet seen = new BitSet();
    List<Integer> frontier = new ArrayList<>();
    for (Quantity q : target.expression().keySet()) {
      int i = knowledge.index(q);
      seen.set(i);
      frontier.add(i);
    }
    int[][] terms = knowledge.relationQuantities();
    while (!frontier.isEmpty()) {
      int cheapest = -1;
      long cheapestScore = 0;
      List<Integer> next = new ArrayList<>();
      for (int q : frontier) {
        for (int r : knowledge.relationsOf(q)) {
          for (int other : terms[r]) {
            if (seen.get(other)) {
              continue;
            }
            seen.set(other);
            if (knowledge.isPublished(other) && !hidden.hidden(other)) {
              long score = score(other, hidden, k);
              if (cheapest < 0 || score < cheapestScore) {
                cheapest = other;
                cheapestScore = score;
              }
            } else if (knowledge.isPublished(other) || knowledge.isRemainder(other)) {
              next.add(other);
            }
          }
        }
      }
      if (cheapest >= 0) {
        return knowledge.quantities().get(cheapest);
      }
      frontier = next;
    }
    return null;
  }

  private long score(int number, HiddenByNumber hidden, int k) {
    long roomy = knowledge.valueAt(number) >= k - 1 ? 0 : Long.MAX_VALUE / 2;
    return roomy + hidden.cost(number);
  }
}
