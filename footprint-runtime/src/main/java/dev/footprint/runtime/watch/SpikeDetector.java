package dev.footprint.runtime.watch;

import java.util.Arrays;

/**
 * Finds recurring bursts: points well above the series' usual level (median plus a robust spread,
 * median absolute deviation), grouped into runs. Two or more separate runs that together cover
 * under 40 % of the points are spikes; one run is an event, and a series high most of the time is
 * simply busy.
 */
final class SpikeDetector {
  /** The result: how many bursts, above which level, against which usual level. */
  record Bursts(int count, double threshold, double usual, double peak) {}

  private SpikeDetector() {}

  static Bursts detect(double[] values, double minHeight) {
    if (values.length < 6) {
      return new Bursts(0, Double.NaN, Double.NaN, Double.NaN);
    }
    double median = median(values);
    double[] dev = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      dev[i] = Math.abs(values[i] - median);
    }
    double spread = 1.4826 * median(dev);
    double threshold = median + Math.max(4 * spread, Math.max(minHeight, 0.5 * Math.abs(median)));
    int runs = 0;
    int above = 0;
    double peak = Double.NEGATIVE_INFINITY;
    boolean inRun = false;
    for (double v : values) {
      peak = Math.max(peak, v);
      if (v > threshold) {
        above++;
        if (!inRun) {
          runs++;
        }
        inRun = true;
      } else {
        inRun = false;
      }
    }
    boolean recurring = runs >= 2 && above <= 0.4 * values.length;
    return new Bursts(recurring ? runs : 0, threshold, median, peak);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
