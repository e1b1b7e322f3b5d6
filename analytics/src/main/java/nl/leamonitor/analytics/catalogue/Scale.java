package nl.leamonitor.analytics.catalogue;

/** How an indicator's value is formed from teller and noemer. */
public enum Scale {
  /** The teller itself; there is no noemer and no interval. */
  COUNT("aantal"),
  /** teller / noemer x 100. */
  PERCENT("%"),
  /** teller / noemer x 1000. */
  PER_THOUSAND("per 1000");

  private final String unit;

  Scale(String unit) {
    this.unit = unit;
  }

  /** Returns what teller / noemer is multiplied by (1 for a count, whose value is its teller). */
  public int factor() {
    return switch (this) {
      case COUNT -> 1;
      case PERCENT -> 100;
      case PER_THOUSAND -> 1000;
    };
  }

  /** Returns the Dutch unit label. */
  public String unit() {
    return unit;
  }
}
