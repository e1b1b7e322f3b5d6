package nl.leamonitor.analytics.stats;

/**
 * The gamma function's logarithm and the regularized incomplete gamma function, for the chi-squared
 * distribution ({@link ChiSquared}) and the beta function ({@link Beta}).
 *
 * <p>Lanczos, C. (1964). A precision approximation of the gamma function. SIAM J. Numer. Anal. B 1:
 * 86-96 (g = 7, nine coefficients, relative error below 1e-15); the series and the continued
 * fraction of Press, Teukolsky, Vetterling and Flannery, Numerical Recipes, 3rd ed. (2007), section
 * 6.2.
 */
final class Gamma {
  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };
  private static final double EPSILON = 1e-16;
  private static final int MAX_TERMS = 10_000;

  private Gamma() {}

  /** Returns ln Gamma(x) for x above 0. */
  static double logGamma(double x) {
    if (!(x > 0)) {
      throw new IllegalArgumentException("x must be greater than 0, was " + x);
    }
    if (x < 0.5) {
      // Reflection: Gamma(x) Gamma(1 - x) = pi / sin(pi x).
      return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    }
    double z = x - 1;
    double sum = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (z + i);
    }
    double t = z + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
  }

  /** Returns Q(a, x) = Gamma(a, x) / Gamma(a), the regularized upper incomplete gamma function. */
  static double upperRegularized(double a, double x) {
    if (!(a > 0) || x < 0) {
      throw new IllegalArgumentException("need a > 0 and x >= 0, were " + a + " and " + x);
    }
    if (x == 0) {
      return 1.0;
    }
    return x < a + 1 ? 1 - lowerBySeries(a, x) : upperByContinuedFraction(a, x);
  }

  /** P(a, x) by its series, for x below a + 1. */
  private static double lowerBySeries(double a, double x) {
    double term = 1 / a;
    double sum = term;
    for (int n = 1; n < MAX_TERMS; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) {
        break;
      }
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
  }

  /** Q(a, x) by Lentz's continued fraction, for x of at least a + 1. */
  private static double upperByContinuedFraction(double a, double x) {
    double tiny = 1e-300;
    double b = x + 1 - a;
    double c = 1 / tiny;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < MAX_TERMS; i++) {
      double an = -i * (i - a);
      b += 2;
      d = an * d + b;
      d = Math.abs(d) < tiny ? tiny : d;
      c = b + an / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < EPSILON) {
        break;
      }
    }
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
  }
}
