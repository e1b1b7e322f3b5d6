package nl.leamonitor.analytics.protect;

/** Which quantities are hidden, what hiding one more costs, and the act of hiding it. */
public interface Cover {
  /** Returns whether the public cannot read the quantity from any published row. */
  boolean hidden(Quantity quantity);

  /** Returns the cost of hiding the quantity; smaller cells are cheaper. */
  long cost(Quantity quantity);

  /** Hides the quantity (suppresses every row that publishes it). */
  void hide(Quantity quantity);

  /**
   * Returns a question, to be asked again and again, whether the quantity is hidden: {@link
   * #hidden} by default; a cover may answer it without finding the quantity each time.
   */
  default java.util.function.BooleanSupplier hiddenTest(Quantity quantity) {
    return () -> hidden(quantity);
  }

  /** Returns a question, to be asked again and again, of the quantity's {@link #cost}. */
  default java.util.function.LongSupplier costTest(Quantity quantity) {
    return () -> cost(quantity);
  }
}
