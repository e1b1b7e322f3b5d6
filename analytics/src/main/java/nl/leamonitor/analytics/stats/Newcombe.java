package nl.leamonitor.analytics.stats;

/**
 * The interval for the difference of two independent proportions, p1 - p2, by Newcombe's hybrid
 * score method (his method 10), built from the two Wilson intervals (l1, u1) and (l2, u2): {@code
 * lower = d - sqrt((p1 - l1)^2 + (u2 - p2)^2)}, {@code upper = d + sqrt((u1 - p1)^2 + (p2 - l2)^2)}
 * with d = p1 - p2. It stays within [-1, 1], is defined at 0 and n, and keeps close to its nominal
 * coverage for small samples, unlike p1 - p2 +/- z se.
 *
 * <p>Newcombe, R. G. (1998). Interval estimation for the difference between independent
 * proportions: comparison of eleven methods. Statistics in Medicine 17: 873-890.
 */
public final class Newcombe {
  private Newcombe() {}

  /** Returns the lower limit of p1 - p2 (between -1 and 1). */
  public static double lower(long teller1, long noemer1, long teller2, long noemer2, double z) {
    double p1 = (double) teller1 / noemer1;
    double p2 = (double) teller2 / noemer2;
    double below1 = p1 - Wilson.lower(teller1, noemer1, z);
    double above2 = Wilson.upper(teller2, noemer2, z) - p2;
    return Math.max(-1.0, p1 - p2 - Math.sqrt(below1 * below1 + above2 * above2));
  }

  /** Returns the upper limit of p1 - p2 (between -1 and 1). */
  public static double upper(long teller1, long noemer1, long teller2, long noemer2, double z) {
    double p1 = (double) teller1 / noemer1;
    double p2 = (double) teller2 / noemer2;
    double above1 = Wilson.upper(teller1, noemer1, z) - p1;
    double below2 = p2 - Wilson.lower(teller2, noemer2, z);
    return Math.min(1.0, p1 - p2 + Math.sqrt(above1 * above1 + below2 * below2));
  }
}
