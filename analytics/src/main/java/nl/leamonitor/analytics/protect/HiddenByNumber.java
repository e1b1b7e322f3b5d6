package nl.leamonitor.analytics.protect;

import java.util.List;
import java.util.function.Predicate;

/**
 * Whether a published quantity is hidden, as {@link ProtectionModel#hidden} tells, also by the
 * quantity's number in one run's {@link AttackerKnowledge}: the rows publishing each numbered
 * quantity are found once, so that the auditor's many questions (every cell of a sum over hundreds
 * of wijken, every round and every pruning step) read an array instead of hashing a quantity.
 */
final class HiddenByNumber implements Predicate<Quantity> {
  private final ProtectionModel model;
  private final AttackerKnowledge knowledge;
  private final int[][] rowsAt;

  HiddenByNumber(ProtectionModel model, AttackerKnowledge knowledge) {
    this.model = model;
    this.knowledge = knowledge;
    List<Quantity> quantities = knowledge.quantities();
    rowsAt = new int[quantities.size()][];
    for (int i = 0; i < rowsAt.length; i++) {
      rowsAt[i] = model.rowsPublishing(quantities.get(i));
    }
  }

  /** Returns whether the quantity is hidden: every row that publishes it is suppressed. */
  @Override
  public boolean test(Quantity quantity) {
    return model.hidden(quantity);
  }

  /** Returns whether the knowledge is the one this numbers its quantities by. */
  boolean numbers(AttackerKnowledge other) {
    return other == knowledge;
  }

  /** Returns the cost of hiding the quantity of this number, as {@link ProtectionModel#cost}. */
  long cost(int number) {
    return model.cost(rowsAt[number]);
  }

  /** Returns whether the quantity of this number is hidden, as {@link #test} would. */
  boolean hidden(int number) {
    return model.allSuppressed(rowsAt[number]);
  }
}
