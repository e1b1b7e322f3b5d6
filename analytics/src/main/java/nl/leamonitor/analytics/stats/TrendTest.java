package nl.leamonitor.analytics.stats;

/**
 * The chi-squared test for trend in proportions (Cochran-Armitage) over consecutive years, as
 * Fingertips uses for its "recent trend": scores 0, 1, 2, ... for the years, {@code T = sum(s x) -
 * p sum(s n)}, {@code Var = p (1 - p) (sum(s^2 n) - (sum(s n))^2 / N)}, {@code z = T / sqrt(Var)}
 * with p the pooled proportion.
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
    if (tellers.length != noemers.length || tellers.length < 2) {
      throw new IllegalArgumentException(
          "need at least 2 years of tellers and noemers of equal length");
    }
    double n = 0;
    double x = 0;
    double sx = 0;
    double sn = 0;
    double ssn = 0;
    for (int i = 0; i < tellers.length; i++) {
      if (noemers[i] <= 0 || tellers[i] < 0 || tellers[i] > noemers[i]) {
        throw new IllegalArgumentException(
            "teller must be between 0 and a noemer above 0 in year " + i);
      }
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
}
