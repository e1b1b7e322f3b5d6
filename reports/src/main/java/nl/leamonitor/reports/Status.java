package nl.leamonitor.reports;

/** Where an indicator stands against its target. */
public enum Status {
  OP_KOERS("op koers"),
  AANDACHT_NODIG("aandacht nodig"),
  NIET_OP_KOERS("niet op koers"),
  GEEN_DOEL("geen doel");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * Returns the status of a value against a target: op koers when the target is met; aandacht nodig
   * when it is not, but the 95 % interval still reaches the target or the significant trend runs
   * towards it; niet op koers otherwise.
   */
  public static Status of(
      Target target,
      double value,
      Double lower,
      Double upper,
      nl.leamonitor.analytics.stats.TrendTest.Direction trend) {
    boolean met = target.higherIsTarget() ? value >= target.value() : value <= target.value();
    if (met) {
      return OP_KOERS;
    }
    boolean reachable =
        target.higherIsTarget()
            ? upper != null && upper >= target.value()
            : lower != null && lower <= target.value();
    boolean towards =
        target.higherIsTarget()
            ? trend == nl.leamonitor.analytics.stats.TrendTest.Direction.UP
            : trend == nl.leamonitor.analytics.stats.TrendTest.Direction.DOWN;
    return reachable || towards ? AANDACHT_NODIG : NIET_OP_KOERS;
  }
}
