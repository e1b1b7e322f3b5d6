package nl.leamonitor.reports;

/**
 * Where an indicator stands against its target (see {@link TargetCourse} for how it is decided).
 */
public enum Status {
  /** The latest final year's 95 % interval lies entirely on the target's side. */
  BEHAALD("behaald"),
  /** The line through the last years reaches the target by its schooljaar. */
  OP_KOERS("op koers"),
  /** Neither reached nor excluded: the target lies within the projection's interval. */
  AANDACHT_NODIG("aandacht nodig"),
  /** The projection's 95 % interval lies entirely on the wrong side of the target. */
  NIET_OP_KOERS("niet op koers"),
  /** Too few consecutive final years (or no published figure) to judge. */
  NIET_TE_BEOORDELEN("niet te beoordelen");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  /** Returns the status as the report writes it. */
  public String label() {
    return label;
  }
}
