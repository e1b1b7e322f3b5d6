package nl.leamonitor.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The weighted line worked by hand, and checked against numpy.polyfit(x, y, 1, w = 1 / sd) (numpy's
 * weights are 1 / sd, ours 1 / variance) computed outside this code.
 */
class WeightedLineTest {
  @Test
  void weightedFitWorkedByHand() {
    // x 0..3, y 90, 91, 93, 94, variances 1, 1, 4, 4 (weights 1, 1, 0.25, 0.25).
    // W = 2.5; xbar = (0 + 1 + 0.5 + 0.75) / 2.5 = 0.9; ybar = (90 + 91 + 23.25 + 23.5) / 2.5 =
    // 91.1; Sxx = 0.81 + 0.01 + 0.25 * 1.21 + 0.25 * 4.41 = 2.225; Sxy = 0.99 - 0.01 + 0.5225 +
    // 1.5225 = 3.025; slope = 3.025 / 2.225 = 1.3595506; intercept = 91.1 - 0.9 * slope =
    // 89.8764045. Weighted residual sum of squares 0.11236 over 2 df is below 1: phi = 1.
    // At x = 9: 102.1123596, se = sqrt(1 / 2.5 + 8.1^2 / 2.225) = sqrt(29.88764) = 5.466959.
    WeightedLine line =
        WeightedLine.fit(
            new double[] {0, 1, 2, 3}, new double[] {90, 91, 93, 94}, new double[] {1, 1, 4, 4});
    assertEquals(1.3595505617977626, line.slope(), 1e-12);
    assertEquals(89.87640449438199, line.intercept(), 1e-12);
    assertEquals(1.0, line.dispersion());
    assertEquals(102.11235955056185, line.at(9), 1e-12);
    assertEquals(5.466958976381495, line.standardError(9), 1e-12);
  }

  @Test
  void scatterBeyondTheVariancesWidensTheInterval() {
    // y 90, 95, 91, 96 with variance 1 each: ordinary least squares, slope 7 / 5 = 1.4, intercept
    // 93 - 1.5 * 1.4 = 90.9; residuals -0.9, 2.7, -2.7, 0.9, sum of squares 16.2 over 2 df: phi =
    // 8.1. At x = 9: 103.5, se = sqrt(8.1 (1 / 4 + 7.5^2 / 5)) = sqrt(93.15) = 9.651425.
    WeightedLine line =
        WeightedLine.fit(
            new double[] {0, 1, 2, 3}, new double[] {90, 95, 91, 96}, new double[] {1, 1, 1, 1});
    assertEquals(1.4, line.slope(), 1e-12);
    assertEquals(8.1, line.dispersion(), 1e-12);
    assertEquals(103.5, line.at(9), 1e-12);
    assertEquals(9.651424765287247, line.standardError(9), 1e-12);
  }

  @Test
  void refusesPointsItCannotWeigh() {
    assertEquals(
        "variance must be greater than 0, was 0.0 at point 1",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    WeightedLine.fit(new double[] {0, 1}, new double[] {1, 2}, new double[] {1, 0}))
            .getMessage());
    assertEquals(
        "need at least 2 distinct x",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    WeightedLine.fit(new double[] {1, 1}, new double[] {1, 2}, new double[] {1, 1}))
            .getMessage());
  }
}
