package nl.leamonitor.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wilson limits against the published test values of PHEindicatormethods (UK Health Security
 * Agency, tests/testthat, GPL-3): x, n, lower, upper at 95 % and 99.8 %. Their z is qnorm's, ours
 * the contract's 1.959963985, so they agree to about 1e-9.
 */
class WilsonTest {
  @ParameterizedTest(name = "{0}/{1} at {4}")
  @CsvSource({
    "65, 100, 0.55254443296887967, 0.73635751756902468, 95",
    "1045, 5000, 0.19795549880013297, 0.22049130373189027, 95",
    "65, 100, 0.49549465740704313, 0.77835406140896968, 99.8",
    "1045, 5000, 0.19179381799015244, 0.22731562902525818, 99.8"
  })
  void matchesPheIndicatorMethods(long x, long n, double lower, double upper, String confidence) {
    double z = confidence.equals("95") ? Wilson.Z95 : Wilson.Z998;
    assertEquals(lower, Wilson.lower(x, n, z), 1e-8);
    assertEquals(upper, Wilson.upper(x, n, z), 1e-8);
  }

  @Test
  void edgesStayWithinZeroAndOne() {
    // 0 of 20: lower 0; upper z^2 / (n + z^2) = 3.8415 / 23.8415 = 0.16113 (worked out by hand).
    assertEquals(0.0, Wilson.lower(0, 20, Wilson.Z95));
    assertEquals(0.161125, Wilson.upper(0, 20, Wilson.Z95), 1e-6);
    // 20 of 20 mirrors it.
    assertEquals(1 - 0.161125, Wilson.lower(20, 20, Wilson.Z95), 1e-6);
    assertEquals(1.0, Wilson.upper(20, 20, Wilson.Z95));
  }

  @Test
  void limitsAtZeroAndAllAreExactBeforeAndAfterScaling() {
    // Without the exact ends, the formula gives 12 of 12 an upper limit of 0.9999999999999999
    // (x 100 = 99.99999999999999), and about half of all n a lower limit of 0 of n that is not 0.
    for (long n = 1; n <= 5000; n++) {
      for (double z : new double[] {Wilson.Z95, Wilson.Z998}) {
        assertEquals(0.0, Wilson.lower(0, n, z), "lower limit of 0 of " + n);
        assertEquals(1.0, Wilson.upper(n, n, z), "upper limit of " + n + " of " + n);
        assertEquals(100.0, Wilson.upper(n, n, z) * 100, "scaled upper limit of " + n + " of " + n);
        assertEquals(
            1000.0, Wilson.upper(n, n, z) * 1000, "per 1000, upper limit of " + n + " of " + n);
      }
    }
  }

  @Test
  void refusesImpossibleArguments() {
    assertEquals(
        "noemer must be greater than 0, was 0",
        assertThrows(IllegalArgumentException.class, () -> Wilson.lower(0, 0, Wilson.Z95))
            .getMessage());
    assertEquals(
        "teller must be between 0 and noemer (5), was 6",
        assertThrows(IllegalArgumentException.class, () -> Wilson.upper(6, 5, Wilson.Z95))
            .getMessage());
    assertEquals(
        "teller must be between 0 and noemer (5), was -1",
        assertThrows(IllegalArgumentException.class, () -> Wilson.upper(-1, 5, Wilson.Z95))
            .getMessage());
    assertEquals(
        "z must be greater than 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> Wilson.upper(1, 5, 0)).getMessage());
  }
}
