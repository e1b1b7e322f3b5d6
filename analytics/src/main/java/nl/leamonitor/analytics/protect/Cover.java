package nl.leamonitor.analytics.protect;

/** Which quantities are hidden, what hiding one more costs, and the act of hiding it. */
public interface Cover {
  /** Returns whether the public cannot read the quantity from any published row. */
  boolean hidden(Quantity quantity);

  /** Returns the cost of hiding the quantity; smaller cells are cheaper. */
  long cost(Quantity quantity);

  /** Hides the quantity (suppresses every row that publishes it). */
  void hide(Quantity quantity);
}
