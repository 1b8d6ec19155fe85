package dev.footprint.runtime;

/**
 * One compared metric.
 *
 * @param name stable JSON name, e.g. {@code startupMs}
 * @param unit {@code bytes}, {@code ms}, {@code s}, {@code count}, {@code 1/s}
 * @param changePercent (B − A) / A × 100 on the medians; null when A's median is 0
 * @param significant true only when the medians differ by more than the run-to-run spread
 * @param lowerIsBetter the direction that counts as an improvement
 */
public record MetricChange(
    String name,
    String unit,
    Spread a,
    Spread b,
    Double changePercent,
    boolean significant,
    boolean lowerIsBetter) {

  /**
   * Builds a metric and decides significance: the difference of the medians must exceed the
   * larger of the two ranges (max − min). With one run or a static metric both ranges are 0, so
   * any difference counts, which is right for sizes and wrong for noisy one-off timings; that is
   * why compare defaults to 5 runs.
   */
  public static MetricChange of(String name, String unit, Spread a, Spread b, boolean lowerIsBetter) {
    Double change = a.median() == 0 ? null : (b.median() - a.median()) / a.median() * 100.0;
    double diff = Math.abs(b.median() - a.median());
    boolean significant = diff > 0 && diff > Math.max(a.range(), b.range());
    return new MetricChange(name, unit, a, b, change, significant, lowerIsBetter);
  }

  /** True when B is significantly better than A. */
  public boolean improved() {
    return significant && (lowerIsBetter ? b.median() < a.median() : b.median() > a.median());
  }
}
