package nl.leamonitor.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The difference of two proportions against Newcombe's own worked examples: Newcombe (1998), Stat
 * Med 17: 873-890, Table II, method 10 (hybrid score), examples (a) to (h), printed to 4 decimals.
 * The 10-digit values beside them were computed outside this code, from the same formula in a
 * separate Python script (z = 1.959963985), and agree with the paper's to its 4 decimals.
 */
class NewcombeTest {
  @ParameterizedTest(name = "{0}/{1} - {2}/{3}")
  @CsvSource({
    // x1, n1, x2, n2, paper lower, paper upper, 10 digits lower, 10 digits upper
    "56, 70, 48, 80, 0.0524, 0.3339, 0.0524314724, 0.3338726541",
    "9, 10, 3, 10, 0.1705, 0.8090, 0.1705227238, 0.8090179736",
    "6, 7, 2, 7, 0.0582, 0.8062, 0.0582279274, 0.8062496375",
    "5, 56, 0, 29, -0.0381, 0.1926, -0.0381371480, 0.1925600139",
    "0, 10, 0, 20, -0.1611, 0.2775, -0.1611251581, 0.2775328000",
    "0, 10, 0, 10, -0.2775, 0.2775, -0.2775328000, 0.2775328000",
    "10, 10, 0, 20, 0.6791, 1.0000, 0.6790860370, 1.0000000000",
    "10, 10, 0, 10, 0.6075, 1.0000, 0.6075093503, 1.0000000000"
  })
  void matchesNewcombesTableTwo(
      long x1,
      long n1,
      long x2,
      long n2,
      double paperLower,
      double paperUpper,
      double lower,
      double upper) {
    double low = Newcombe.lower(x1, n1, x2, n2, Wilson.Z95);
    double high = Newcombe.upper(x1, n1, x2, n2, Wilson.Z95);
    assertEquals(paperLower, low, 0.00005);
    assertEquals(paperUpper, high, 0.00005);
    assertEquals(lower, low, 1e-9);
    assertEquals(upper, high, 1e-9);
    assertTrue(low >= -1 && high <= 1, "within [-1, 1]");
  }

  @ParameterizedTest(name = "{0}/{1} - {2}/{3}")
  @CsvSource({"10, 10, 0, 20", "0, 20, 10, 10", "1, 1, 0, 1", "0, 1, 1, 1"})
  void staysWithinMinusOneAndOneAtTheEnds(long x1, long n1, long x2, long n2) {
    // (g) mirrored, and one of one against none of one: the square-and-add can pass 1 by rounding
    // alone; the limits never leave [-1, 1].
    assertTrue(Newcombe.upper(x1, n1, x2, n2, Wilson.Z95) <= 1.0);
    assertTrue(Newcombe.lower(x1, n1, x2, n2, Wilson.Z95) >= -1.0);
    assertEquals(
        -Newcombe.upper(x2, n2, x1, n1, Wilson.Z95),
        Newcombe.lower(x1, n1, x2, n2, Wilson.Z95),
        1e-15,
        "p1 - p2 mirrors p2 - p1");
  }
}
