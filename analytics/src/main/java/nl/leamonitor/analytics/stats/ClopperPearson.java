package nl.leamonitor.analytics.stats;

/**
 * The exact (Clopper-Pearson) interval for a proportion: the limits are the p at which the observed
 * count is just in the tail of the binomial distribution, so its coverage is at least the nominal
 * level however small the noemer. The reports judge wijken with a noemer under 30 on it, where the
 * Wilson interval's coverage can fall below its nominal level.
 *
 * <p>Clopper, C. J. and Pearson, E. S. (1934). The use of confidence or fiducial limits illustrated
 * in the case of the binomial. Biometrika 26: 404-413. The lower limit is the alpha/2 quantile of
 * Beta(x, n - x + 1), the upper the 1 - alpha/2 quantile of Beta(x + 1, n - x); both are found here
 * by bisection on the binomial tail (Beta's regularized function) to the last bit.
 */
public final class ClopperPearson {
  /** alpha of a two-sided 95 % interval. */
  public static final double ALPHA95 = 0.05;

  /** alpha of a two-sided 99.8 % interval (Fingertips' outer level). */
  public static final double ALPHA998 = 0.002;

  private ClopperPearson() {}

  /** Returns the lower limit of teller/noemer (between 0 and 1); exactly 0 for 0 of n. */
  public static double lower(long teller, long noemer, double alpha) {
    check(teller, noemer, alpha);
    if (teller == 0) {
      return 0.0;
    }
    // P(X >= x; p) = I_p(x, n - x + 1) rises with p: the p where it reaches alpha / 2.
    return solve(p -> Beta.regularized(p, teller, noemer - teller + 1.0), alpha / 2);
  }

  /** Returns the upper limit of teller/noemer (between 0 and 1); exactly 1 for n of n. */
  public static double upper(long teller, long noemer, double alpha) {
    check(teller, noemer, alpha);
    if (teller == noemer) {
      return 1.0;
    }
    // P(X <= x; p) = 1 - I_p(x + 1, n - x) falls with p: the p where it reaches alpha / 2, i.e.
    // where I_p(x + 1, n - x) reaches 1 - alpha / 2.
    return solve(p -> Beta.regularized(p, teller + 1.0, (double) (noemer - teller)), 1 - alpha / 2);
  }

  /** Returns the p in [0, 1] where a rising function reaches a level, by bisection. */
  private static double solve(java.util.function.DoubleUnaryOperator rising, double level) {
    double low = 0;
    double high = 1;
    for (int i = 0; i < 200 && high - low > 0; i++) {
      double middle = (low + high) / 2;
      if (middle <= low || middle >= high) {
        break;
      }
      if (rising.applyAsDouble(middle) < level) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return (low + high) / 2;
  }

  private static void check(long teller, long noemer, double alpha) {
    if (noemer <= 0) {
      throw new IllegalArgumentException("noemer must be greater than 0, was " + noemer);
    }
    if (teller < 0 || teller > noemer) {
      throw new IllegalArgumentException(
          "teller must be between 0 and noemer (" + noemer + "), was " + teller);
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be between 0 and 1, was " + alpha);
    }
  }
}
