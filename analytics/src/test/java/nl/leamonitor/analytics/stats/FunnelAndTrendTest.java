package nl.leamonitor.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Funnel limits against PHEindicatormethods' published outputs, and the trend test worked by hand.
 */
class FunnelAndTrendTest {
  /**
   * testdata_funnel_prop_outputs.csv (PHEindicatormethods, GPL-3): population, 95 % ("2s") and 99.8
   * % ("3s") limits in percent around the baseline 80.642448 % (sum of the 303 areas' numerators
   * over their denominators in testdata_funnel_prop_inputs.csv).
   */
  @ParameterizedTest(name = "population {0}")
  @CsvSource({
    "1, 3.204264, 100, 0, 100",
    "3, 35.933491, 100, 10.150815, 100",
    "10, 56.154344, 100, 42.03259, 100",
    "75, 71.700657, 89.584239, 66.544121, 94.740774",
    "1699, 78.763743, 82.521152, 77.680336, 83.60456",
    "110000, 80.408963, 80.875933, 80.274317, 81.010578"
  })
  void matchesPheIndicatorMethods(
      long population, double lower2s, double upper2s, double lower3s, double upper3s) {
    double baseline = 10325813.850399993 / 12804440.0;
    assertEquals(lower2s, 100 * Funnel.lower(baseline, population, Wilson.Z95), 1e-5);
    assertEquals(upper2s, 100 * Funnel.upper(baseline, population, Wilson.Z95), 1e-5);
    assertEquals(lower3s, 100 * Funnel.lower(baseline, population, Wilson.Z998), 1e-5);
    assertEquals(upper3s, 100 * Funnel.upper(baseline, population, Wilson.Z998), 1e-5);
  }

  @Test
  void trendWorkedByHand() {
    // 10, 20, 30 of 100 each: p = 0.2; T = (0*10 + 1*20 + 2*30) - 0.2 * 300 = 20;
    // Var = 0.16 * (500 - 300^2 / 300) = 32; z = 20 / sqrt(32) = 3.5355.
    assertEquals(3.5355339, TrendTest.z(new long[] {10, 20, 30}, new long[] {100, 100, 100}), 1e-6);
    assertEquals(
        TrendTest.Direction.UP,
        TrendTest.direction(new long[] {10, 20, 30}, new long[] {100, 100, 100}, Wilson.Z95));
    assertEquals(
        TrendTest.Direction.DOWN,
        TrendTest.direction(new long[] {30, 20, 10}, new long[] {100, 100, 100}, Wilson.Z95));
    // 20, 22, 21 of 100: T = (22 + 42) - 0.21 * 300 = 1; Var = 0.1659 * 200 = 33.18; z = 0.1736: no
    // trend.
    assertEquals(0.173604, TrendTest.z(new long[] {20, 22, 21}, new long[] {100, 100, 100}), 1e-6);
    assertEquals(
        TrendTest.Direction.NONE,
        TrendTest.direction(new long[] {20, 22, 21}, new long[] {100, 100, 100}, Wilson.Z95));
    assertEquals(0.0, TrendTest.z(new long[] {0, 0}, new long[] {10, 20}));
  }

  @Test
  void departureFromLinearityWorkedByHand() {
    // 10, 30, 12 of 100: p = 52 / 300; expected 17.333 each, p (1 - p) n = 14.3289. Pearson
    // chi-squared (7.333^2 + 12.667^2 + 5.333^2) / 14.3289 = 242.667 / 14.3289 = 16.9355;
    // trend T = 54 - 52 = 2, Var = 14.3289 / 100 * 200 = 28.6578, z^2 = 4 / 28.6578 = 0.13958;
    // departure 16.7959 on 1 df, p = 4.16e-5 (scipy.stats: chi2_contingency and chi2.sf).
    long[] up = {10, 30, 12};
    long[] n = {100, 100, 100};
    assertEquals(16.935483870967744, TrendTest.chiSquare(up, n), 1e-9);
    assertEquals(16.79590570719603, TrendTest.departure(up, n), 1e-9);
    assertEquals(4.162301098666188e-05, TrendTest.departurePValue(up, n), 1e-12);
    // 10, 20, 30 of 100 lie on a line: the whole chi-squared (12.5) is trend (z^2 = 12.5).
    assertEquals(12.5, TrendTest.chiSquare(new long[] {10, 20, 30}, n), 1e-12);
    assertEquals(0.0, TrendTest.departure(new long[] {10, 20, 30}, n), 1e-9);
    // Five years of 200: 40, 60, 80, 70, 100: z = 6.0945 (a strong rise), chi-squared 43.956,
    // departure 6.8132 on 3 df, p = 0.0781: not significant, the rise is a fair description.
    long[] five = {40, 60, 80, 70, 100};
    long[] twoHundred = {200, 200, 200, 200, 200};
    assertEquals(6.094494002200442, TrendTest.z(five, twoHundred), 1e-9);
    assertEquals(0.07809661610554093, TrendTest.departurePValue(five, twoHundred), 1e-10);
    // Two years always fit a line.
    assertEquals(1.0, TrendTest.departurePValue(new long[] {1, 9}, new long[] {10, 10}));
    assertEquals(0.0, TrendTest.chiSquare(new long[] {0, 0}, new long[] {10, 20}));
  }
}
