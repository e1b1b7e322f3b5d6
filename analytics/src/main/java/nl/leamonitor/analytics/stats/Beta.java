package nl.leamonitor.analytics.stats;

/**
 * The regularized incomplete beta function I_x(a, b), for exact binomial limits ({@link
 * ClopperPearson}): P(X <= k) for X binomial(n, p) is I_{1-p}(n - k, k + 1).
 *
 * <p>Lentz's continued fraction of Press, Teukolsky, Vetterling and Flannery, Numerical Recipes,
 * 3rd ed. (2007), section 6.4, with the symmetry I_x(a, b) = 1 - I_{1-x}(b, a) where it converges
 * faster.
 */
final class Beta {
  private static final double EPSILON = 1e-16;
  private static final int MAX_TERMS = 10_000;

  private Beta() {}

  /** Returns I_x(a, b) for a and b above 0 and x between 0 and 1. */
  static double regularized(double x, double a, double b) {
    if (!(a > 0) || !(b > 0) || !(x >= 0 && x <= 1)) {
      throw new IllegalArgumentException(
          "need a > 0, b > 0 and 0 <= x <= 1, were " + a + ", " + b + " and " + x);
    }
    if (x == 0 || x == 1) {
      return x;
    }
    double front =
        Math.exp(
            Gamma.logGamma(a + b)
                - Gamma.logGamma(a)
                - Gamma.logGamma(b)
                + a * Math.log(x)
                + b * Math.log1p(-x));
    return x < (a + 1) / (a + b + 2)
        ? front * continuedFraction(x, a, b) / a
        : 1 - front * continuedFraction(1 - x, b, a) / b;
  }

  private static double continuedFraction(double x, double a, double b) {
    double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = Math.abs(d) < tiny ? tiny : d;
    d = 1 / d;
    double h = d;
    for (int m = 1; m < MAX_TERMS; m++) {
      int m2 = 2 * m;
      double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
      d = 1 + even * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = 1 + even / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      h *= d * c;
      double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
      d = 1 + odd * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = 1 + odd / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < EPSILON) {
        break;
      }
    }
    return h;
  }
}
