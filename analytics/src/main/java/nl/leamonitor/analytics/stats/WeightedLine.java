package nl.leamonitor.analytics.stats;

/**
 * A straight line fitted by weighted least squares, each point weighted by the inverse of its
 * variance, with the standard error of the line at any x: {@code se(x)^2 = phi (1 / W + (x -
 * xbar)^2 / Sxx)}, W the sum of the weights, xbar their weighted mean of x, Sxx the weighted sum of
 * squares of x about it. phi is the dispersion: the weighted residual sum of squares over k - 2
 * degrees of freedom, but never below 1, so that points that scatter more than their own variances
 * say widen the interval, and points that scatter less do not narrow it below what their variances
 * allow (a multiplicative overdispersion factor; McCullagh and Nelder, Generalized Linear Models,
 * 2nd ed. (1989), section 4.5).
 *
 * @param intercept the line's value at x = 0
 * @param slope the change per unit of x
 * @param weights W, the sum of the weights
 * @param meanX xbar, the weighted mean of x
 * @param sxx the weighted sum of squares of x about xbar
 * @param dispersion phi, at least 1
 */
public record WeightedLine(
    double intercept, double slope, double weights, double meanX, double sxx, double dispersion) {

  /**
   * Fits the line through points (x, y) with the given variances of y (each above 0); needs at
   * least two distinct x.
   */
  public static WeightedLine fit(double[] x, double[] y, double[] variances) {
    if (x.length != y.length || x.length != variances.length || x.length < 2) {
      throw new IllegalArgumentException("need at least 2 points with x, y and a variance each");
    }
    double w = 0;
    double wx = 0;
    double wy = 0;
    for (int i = 0; i < x.length; i++) {
      if (!(variances[i] > 0) || Double.isInfinite(variances[i])) {
        throw new IllegalArgumentException(
            "variance must be greater than 0, was " + variances[i] + " at point " + i);
      }
      double weight = 1 / variances[i];
      w += weight;
      wx += weight * x[i];
      wy += weight * y[i];
    }
    double meanX = wx / w;
    double meanY = wy / w;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < x.length; i++) {
      double weight = 1 / variances[i];
      sxx += weight * (x[i] - meanX) * (x[i] - meanX);
      sxy += weight * (x[i] - meanX) * (y[i] - meanY);
    }
    if (!(sxx > 0)) {
      throw new IllegalArgumentException("need at least 2 distinct x");
    }
    double slope = sxy / sxx;
    double intercept = meanY - slope * meanX;
    double dispersion = 1;
    if (x.length > 2) {
      double residuals = 0;
      for (int i = 0; i < x.length; i++) {
        double residual = y[i] - (intercept + slope * x[i]);
        residuals += residual * residual / variances[i];
      }
      dispersion = Math.max(1, residuals / (x.length - 2));
    }
    return new WeightedLine(intercept, slope, w, meanX, sxx, dispersion);
  }

  /** Returns the line's value at x. */
  public double at(double x) {
    return intercept + slope * x;
  }

  /** Returns the standard error of the line's value at x. */
  public double standardError(double x) {
    return Math.sqrt(dispersion * (1 / weights + (x - meanX) * (x - meanX) / sxx));
  }
}
