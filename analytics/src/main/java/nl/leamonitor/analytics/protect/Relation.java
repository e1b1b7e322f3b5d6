package nl.leamonitor.analytics.protect;

import java.util.Map;

/**
 * One thing a reader knows about the published quantities: a linear relation {@code sum(coefficient
 * x quantity) sense constant}, with whole-number coefficients.
 *
 * @param terms each quantity with its coefficient (usually +1 or -1), in a stable order
 * @param sense equal, at most or at least
 * @param constant the right-hand side
 * @param reason a short Dutch description for messages and tests, e.g. {@code wijken tellen op tot
 *     de gemeente}
 */
public record Relation(Map<Quantity, Integer> terms, Sense sense, long constant, String reason) {

  /** How the left-hand side compares with the constant. */
  public enum Sense {
    EQUAL,
    AT_MOST,
    AT_LEAST
  }

  /**
   * A hash that sums a mixed hash per term. A map's own hash adds key ^ value per term, so that for
   * "teller - noemer" the area's part of the two keys cancels and every such relation of a table
   * hashes alike: deduplicating a country's relations took minutes.
   */
  @Override
  public int hashCode() {
    int h = 31 * sense.hashCode() + Long.hashCode(constant);
    for (Map.Entry<Quantity, Integer> t : terms.entrySet()) {
      int x = t.getKey().hashCode() * 31 + t.getValue();
      x ^= x >>> 16;
      x *= 0x85ebca6b;
      x ^= x >>> 13;
      h += x;
    }
    return h;
  }

  /**
   * Returns whether the relation holds for the given values (a quantity without a value counts as
   * 0).
   */
  public boolean holds(Map<Quantity, Long> values) {
    long left = 0;
    for (Map.Entry<Quantity, Integer> t : terms.entrySet()) {
      left += t.getValue() * values.getOrDefault(t.getKey(), 0L);
    }
    return switch (sense) {
      case EQUAL -> left == constant;
      case AT_MOST -> left <= constant;
      case AT_LEAST -> left >= constant;
    };
  }
}
