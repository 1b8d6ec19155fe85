package dev.footprint.runtime.watch;

/**
 * A least-squares line through a series and how well it explains the points.
 *
 * @param slopePerSecond fitted change per second
 * @param intercept fitted value at time 0
 * @param rSquared share of the variance the line explains, 0..1 (1 for a perfect line; 0 for a flat
 *     or patternless series)
 * @param tStat slope divided by its standard error; beyond about 3 the slope is very unlikely to be
 *     noise (infinite for a perfect line)
 * @param points number of points fitted
 */
public record Trend(double slopePerSecond, double intercept, double rSquared, double tStat, int points) {

  /** Fits {@code values} against {@code seconds}; fewer than 3 points give a flat, unsure trend. */
  public static Trend fit(double[] seconds, double[] values) {
    if (seconds.length != values.length) {
      throw new IllegalArgumentException(seconds.length + " times for " + values.length + " values");
    }
    int n = seconds.length;
    if (n < 3) {
      return new Trend(0, n == 0 ? 0 : values[0], 0, 0, n);
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += seconds[i];
      my += values[i];
    }
    mx /= n;
    my /= n;
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = seconds[i] - mx;
      double dy = values[i] - my;
      sxx += dx * dx;
      sxy += dx * dy;
      syy += dy * dy;
    }
    if (sxx == 0) {
      return new Trend(0, my, 0, 0, n);
    }
    double slope = sxy / sxx;
    double intercept = my - slope * mx;
    if (syy == 0) {
      return new Trend(0, my, 0, 0, n);
    }
    double sse = Math.max(0, syy - slope * sxy);
    double r2 = Math.min(1, Math.max(0, 1 - sse / syy));
    double se = Math.sqrt(sse / (n - 2) / sxx);
    double t = se == 0 ? Math.copySign(Double.POSITIVE_INFINITY, slope) : slope / se;
    return new Trend(slope, intercept, r2, t, n);
  }

  public double slopePerMinute() {
    return slopePerSecond * 60;
  }
}
