package nl.leamonitor.analytics.stats;

/**
 * The chi-squared test for trend in proportions (Cochran-Armitage) over consecutive years, as
 * Fingertips uses for its "recent trend": scores 0, 1, 2, ... for the years, {@code T = sum(s x) -
 * p sum(s n)}, {@code Var = p (1 - p) (sum(s^2 n) - (sum(s n))^2 / N)}, {@code z = T / sqrt(Var)}
 * with p the pooled proportion.
 *
 * <p>Beside it, the chi-squared for departure from a linear trend: the Pearson chi-squared of the 2
 * x k table (years x in/out) minus the trend's z squared, with k - 2 degrees of freedom. A trend
 * marker on a series that departs significantly from a straight line would describe a course the
 * figures do not have (Armitage, Berry and Matthews, Statistical Methods in Medical Research, 4th
 * ed. (2002), section 15.7).
 *
 * <p>Armitage, P. (1955). Tests for linear trends in proportions and frequencies. Biometrics 11:
 * 375-386.
 */
public final class TrendTest {
  private TrendTest() {}

  /** The direction of a trend: up, down, or no significant trend. */
  public enum Direction {
    UP,
    DOWN,
    NONE
  }

  /** Returns the z statistic; 0 when every proportion is 0 or every one is 1. */
  public static double z(long[] tellers, long[] noemers) {
    check(tellers, noemers);
    double n = 0;
    double x = 0;
    double sx = 0;
    double sn = 0;
    double ssn = 0;
    for (int i = 0; i < tellers.length; i++) {
      n += noemers[i];
      x += tellers[i];
      sx += i * (double) tellers[i];
      sn += i * (double) noemers[i];
      ssn += (double) i * i * noemers[i];
    }
    double p = x / n;
    double variance = p * (1 - p) * (ssn - sn * sn / n);
    if (variance <= 0) {
      return 0;
    }
    return (sx - p * sn) / Math.sqrt(variance);
  }

  /** Returns the trend's direction when it is significant at the given z (e.g. 1.96 for 95 %). */
  public static Direction direction(long[] tellers, long[] noemers, double zCritical) {
    double z = z(tellers, noemers);
    if (z > zCritical) {
      return Direction.UP;
    }
    return z < -zCritical ? Direction.DOWN : Direction.NONE;
  }

  /**
   * Returns the Pearson chi-squared of the 2 x k table of the years' tellers and their complements,
   * {@code sum (x_i - n_i p)^2 / (n_i p (1 - p))} with p the pooled proportion; 0 when every
   * proportion is 0 or every one is 1.
   */
  public static double chiSquare(long[] tellers, long[] noemers) {
    check(tellers, noemers);
    double n = 0;
    double x = 0;
    for (int i = 0; i < tellers.length; i++) {
      n += noemers[i];
      x += tellers[i];
    }
    double p = x / n;
    if (p <= 0 || p >= 1) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < tellers.length; i++) {
      double expected = noemers[i] * p;
      double deviation = tellers[i] - expected;
      sum += deviation * deviation / (expected * (1 - p));
    }
    return sum;
  }

  /**
   * Returns the chi-squared for departure from a linear trend: {@link #chiSquare} minus {@link #z}
   * squared (never below 0), on k - 2 degrees of freedom; 0 for two years, which a line always
   * fits.
   */
  public static double departure(long[] tellers, long[] noemers) {
    double z = z(tellers, noemers);
    return tellers.length < 3 ? 0 : Math.max(0, chiSquare(tellers, noemers) - z * z);
  }

  /** Returns the p-value of {@link #departure} (k - 2 degrees of freedom); 1 for two years. */
  public static double departurePValue(long[] tellers, long[] noemers) {
    double departure = departure(tellers, noemers);
    return tellers.length < 3 ? 1 : ChiSquared.survival(departure, tellers.length - 2);
  }

  private static void check(long[] tellers, long[] noemers) {
    if (tellers.length != noemers.length || tellers.length < 2) {
      throw new IllegalArgumentException(
          "need at least 2 years of tellers and noemers of equal length");
    }
    for (int i = 0; i < tellers.length; i++) {
      if (noemers[i] <= 0 || tellers[i] < 0 || tellers[i] > noemers[i]) {
        throw new IllegalArgumentException(
            "teller must be between 0 and a noemer above 0 in year " + i);
      }
    }
  }
}
