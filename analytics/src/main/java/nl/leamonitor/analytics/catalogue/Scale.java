package nl.leamonitor.analytics.catalogue;

/** How an indicator's value is formed from teller and noemer. */
public enum Scale {
  /** The teller itself; there is no noemer and no interval. */
  COUNT(1, "aantal"),
  /** teller / noemer x 100. */
  PERCENT(100, "%"),
  /** teller / noemer x 1000. */
  PER_THOUSAND(1000, "per 1000");

  private final int factor;
  private final String unit;

  Scale(int factor, String unit) {
    this.factor = factor;
    this.unit = unit;
  }

  public int factor() {
    return factor;
  }

  /** Returns the Dutch unit label. */
  public String unit() {
    return unit;
  }
}
