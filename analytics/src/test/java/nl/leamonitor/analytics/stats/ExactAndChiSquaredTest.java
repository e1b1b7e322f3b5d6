package nl.leamonitor.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Clopper-Pearson limits and chi-squared tail probabilities against values computed outside this
 * code with SciPy 1.17.1 ({@code scipy.stats.beta.ppf(alpha / 2, x, n - x + 1)}, {@code beta.ppf(1
 * - alpha / 2, x + 1, n - x)} and {@code chi2.sf(x, df)}); 3 of 10 at 95 % is also R's {@code
 * binom.test(3, 10)} example (0.06673951 to 0.65245285).
 */
class ExactAndChiSquaredTest {
  @ParameterizedTest(name = "{0}/{1} at alpha {2}")
  @CsvSource({
    "0, 9, 0.05, 0.0, 0.3362671168799428",
    "0, 9, 0.002, 0.0, 0.535841116638722",
    "3, 10, 0.05, 0.06673951117773447, 0.6524528500599973",
    "3, 10, 0.002, 0.02103797132098684, 0.79536327790071",
    "9, 9, 0.05, 0.6637328831200572, 1.0",
    "9, 9, 0.002, 0.4641588833612779, 1.0",
    "12, 29, 0.05, 0.23524020975289844, 0.6106372086030938",
    "12, 29, 0.002, 0.16014311793183136, 0.7058200335994906",
    "1, 1, 0.05, 0.025, 1.0",
    "28, 29, 0.002, 0.723118086421975, 0.9999655005836157",
    "5, 56, 0.05, 0.02962984188954222, 0.1961934409347823",
    "250, 1000, 0.002, 0.20897895136161793, 0.294415174075243"
  })
  void clopperPearsonMatchesScipy(long x, long n, double alpha, double lower, double upper) {
    assertEquals(lower, ClopperPearson.lower(x, n, alpha), 1e-12);
    assertEquals(upper, ClopperPearson.upper(x, n, alpha), 1e-12);
  }

  @Test
  void clopperPearsonIsExactAtTheEnds() {
    // 0 of 9: upper 1 - 0.025^(1/9) = 0.336267 by hand; lower exactly 0. 9 of 9 mirrors it.
    assertEquals(0.0, ClopperPearson.lower(0, 9, ClopperPearson.ALPHA95));
    assertEquals(1 - Math.pow(0.025, 1 / 9.0), ClopperPearson.upper(0, 9, 0.05), 1e-14);
    assertEquals(1.0, ClopperPearson.upper(9, 9, ClopperPearson.ALPHA998));
    assertEquals(Math.pow(0.025, 1 / 9.0), ClopperPearson.lower(9, 9, 0.05), 1e-14);
    assertEquals(
        "teller must be between 0 and noemer (9), was 10",
        assertThrows(IllegalArgumentException.class, () -> ClopperPearson.upper(10, 9, 0.05))
            .getMessage());
    assertEquals(
        "alpha must be between 0 and 1, was 1.0",
        assertThrows(IllegalArgumentException.class, () -> ClopperPearson.lower(1, 9, 1))
            .getMessage());
  }

  @ParameterizedTest(name = "chi2({1}) >= {0}")
  @CsvSource({
    "3.841458820694124, 1, 0.04999999999999989",
    "1.0, 1, 0.31731050786291115",
    "5.991464547107979, 2, 0.05000000000000007",
    "0.5, 2, 0.7788007830714049",
    "7.814727903251178, 3, 0.05",
    "12.3, 3, 0.006423057576577938",
    "2.0, 4, 0.7357588823428847",
    "30.0, 5, 1.4748581038443073e-05",
    "0.0, 3, 1.0"
  })
  void chiSquaredTailMatchesScipy(double x, int df, double p) {
    assertEquals(p, ChiSquared.survival(x, df), 1e-13 + 1e-10 * p);
  }

  @Test
  void chiSquaredFarTailIsTinyNotNegative() {
    // chi2.sf(150, 2) = exp(-75) = 2.678636961808087e-33.
    assertEquals(2.678636961808087e-33, ChiSquared.survival(150, 2), 1e-45);
  }
}
