package nl.leamonitor.analytics.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounds a forecast to whole pupils, half up (contract 3b and section 4). */
public final class WholePupils {
  /**
   * The decimals kept before rounding: the engines add the same products in different orders, so
   * 2.5 may arrive as 2.4999999999999996; noise below 10^-9 pupils must not decide a half.
   */
  private static final int NOISE_SCALE = 9;

  private WholePupils() {}

  /**
   * Returns the value rounded to whole pupils, half up (2.5 gives 3, -2.5 gives -3, as {@link
   * RoundingMode#HALF_UP} rounds away from zero).
   *
   * @throws IllegalArgumentException when the value is not finite
   */
  public static long round(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("geen eindig getal: " + value);
    }
    return BigDecimal.valueOf(value)
        .setScale(NOISE_SCALE, RoundingMode.HALF_UP)
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }
}
