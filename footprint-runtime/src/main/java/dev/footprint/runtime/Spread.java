package dev.footprint.runtime;

import java.util.Arrays;
import java.util.List;

/** Median and range of one metric over repeated runs. */
public record Spread(double median, double min, double max) {

  public static Spread of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    int n = v.length;
    double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return new Spread(median, v[0], v[n - 1]);
  }

  public static Spread exactly(double value) {
    return new Spread(value, value, value);
  }

  public double range() {
    return max - min;
  }
}
