package nl.leamonitor.analytics.stats;

/**
 * The Wilson score interval for a proportion.
 *
 * <p>Wilson, E. B. (1927). Probable inference, the law of succession, and statistical inference.
 * JASA 22: 209-212. The same formula as PHEindicatormethods' {@code wilson_lower}/{@code
 * wilson_upper} (UK Health Security Agency), whose published test values the tests use.
 */
public final class Wilson {
  /** z for a two-sided 95 % interval, as the contract fixes it. */
  public static final double Z95 = 1.959963985;

  /** z for a two-sided 99.8 % interval (funnel plots' outer limits). */
  public static final double Z998 = 3.090232306;

  private Wilson() {}

  /**
   * Returns the lower limit of the proportion teller/noemer (between 0 and 1); exactly 0 for 0 of
   * n, where the formula's centre and half-width cancel only up to rounding (contract section 2).
   */
  public static double lower(long teller, long noemer, double z) {
    check(teller, noemer, z);
    if (teller == 0) {
      return 0.0;
    }
    return Math.max(0.0, centre(teller, noemer, z) - halfWidth(teller, noemer, z));
  }

  /**
   * Returns the upper limit of the proportion teller/noemer (between 0 and 1); exactly 1 for n of
   * n, so that 12 of 12 (scaled: 100) is never below a gemeente value of 100 by rounding noise.
   */
  public static double upper(long teller, long noemer, double z) {
    check(teller, noemer, z);
    if (teller == noemer) {
      return 1.0;
    }
    return Math.min(1.0, centre(teller, noemer, z) + halfWidth(teller, noemer, z));
  }

  private static double centre(long teller, long noemer, double z) {
    double n = noemer;
    double p = teller / n;
    return (p + z * z / (2 * n)) / (1 + z * z / n);
  }

  private static double halfWidth(long teller, long noemer, double z) {
    double n = noemer;
    double p = teller / n;
    return z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
  }

  private static void check(long teller, long noemer, double z) {
    if (noemer <= 0) {
      throw new IllegalArgumentException("noemer must be greater than 0, was " + noemer);
    }
    if (teller < 0 || teller > noemer) {
      throw new IllegalArgumentException(
          "teller must be between 0 and noemer (" + noemer + "), was " + teller);
    }
    if (!(z > 0)) {
      throw new IllegalArgumentException("z must be greater than 0, was " + z);
    }
  }
}
