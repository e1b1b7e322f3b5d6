package nl.leamonitor.analytics.forecast;

import java.util.Locale;

/** The kinds of area of {@code prognose.csv}'s {@code gebied_type}. */
public enum GebiedType {
  /** The gemeente: the sum of its wijken' unrounded forecasts, rounded once. */
  GEMEENTE,
  /** A residence wijk: the pupils living there (contract 3b). */
  WIJK,
  /**
   * A school wijk: the pupils expected at the schools located there (issue 16, beyond the
   * contract's rows).
   */
  SCHOOLWIJK;

  /** Returns the label as published, {@code gemeente}, {@code wijk} or {@code schoolwijk}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
