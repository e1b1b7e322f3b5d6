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
}
