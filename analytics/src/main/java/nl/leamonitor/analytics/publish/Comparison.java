package nl.leamonitor.analytics.publish;

/** A wijk's value compared with the gemeente's (contract section 2). */
public enum Comparison {
  HOGER("hoger"),
  GELIJK("gelijk"),
  LAGER("lager");

  private final String label;

  Comparison(String label) {
    this.label = label;
  }

  /** Returns the published form. */
  public String label() {
    return label;
  }

  /**
   * Returns {@code hoger} if the wijk's lower limit is above the gemeente's value, {@code lager} if
   * its upper limit is below it, else {@code gelijk}.
   */
  public static Comparison of(double wijkLower, double wijkUpper, double gemeenteValue) {
    if (wijkLower > gemeenteValue) {
      return HOGER;
    }
    if (wijkUpper < gemeenteValue) {
      return LAGER;
    }
    return GELIJK;
  }
}
