package nl.leamonitor.analytics.stats;

/** The chi-squared distribution's upper tail, for the p-values of chi-squared tests. */
public final class ChiSquared {
  private ChiSquared() {}

  /**
   * Returns P(X >= x) for X chi-squared with df degrees of freedom: the regularized upper
   * incomplete gamma function Q(df / 2, x / 2) (Numerical Recipes, 3rd ed., section 6.2).
   */
  public static double survival(double x, int df) {
    if (df <= 0) {
      throw new IllegalArgumentException("df must be greater than 0, was " + df);
    }
    if (!(x >= 0)) {
      throw new IllegalArgumentException("x must be at least 0, was " + x);
    }
    return Math.min(1.0, Math.max(0.0, Gamma.upperRegularized(df / 2.0, x / 2.0)));
  }
}
