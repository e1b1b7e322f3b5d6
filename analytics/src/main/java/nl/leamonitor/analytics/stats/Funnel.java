package nl.leamonitor.analytics.stats;

/**
 * Control limits of a funnel plot for proportions: the range of observed proportions, for a
 * population n, that a z-level score test would not call different from the baseline p0: {@code p0
 * +/- z * sqrt(p0 (1 - p0) / n)}, cut off at 0 and 1. These are exactly the points whose Wilson
 * interval just reaches p0, the method of PHEindicatormethods' funnel functions (Fingertips
 * technical guidance); its published test outputs are the tests' reference.
 */
public final class Funnel {
  private Funnel() {}

  /** Returns the lower limit (between 0 and 1) for a population. */
  public static double lower(double baseline, long population, double z) {
    check(baseline, population, z);
    return Math.max(0.0, baseline - z * Math.sqrt(baseline * (1 - baseline) / population));
  }

  /** Returns the upper limit (between 0 and 1) for a population. */
  public static double upper(double baseline, long population, double z) {
    check(baseline, population, z);
    return Math.min(1.0, baseline + z * Math.sqrt(baseline * (1 - baseline) / population));
  }

  private static void check(double baseline, long population, double z) {
    if (!(baseline >= 0 && baseline <= 1)) {
      throw new IllegalArgumentException("baseline must be between 0 and 1, was " + baseline);
    }
    if (population <= 0) {
      throw new IllegalArgumentException("population must be greater than 0, was " + population);
    }
    if (!(z > 0)) {
      throw new IllegalArgumentException("z must be greater than 0, was " + z);
    }
  }
}
