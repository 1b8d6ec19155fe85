package dev.footprint.report.inspect;

import dev.footprint.common.InvalidInputException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Thresholds of the inspect CI gate; an empty value means the rule is off. Immutable. Built from
 * text (flags, .footprint.yaml) with {@link #parse}, which accepts dive's disabled words
 * ("", disabled, off, false) and dive's ranges.
 */
public record CiRules(
    OptionalDouble lowestEfficiency,
    OptionalLong highestWastedBytes,
    OptionalDouble highestUserWastedPercent,
    OptionalLong maxSize,
    OptionalLong maxLayers) {

  public static final String LOWEST_EFFICIENCY = "lowest-efficiency";
  public static final String HIGHEST_WASTED_BYTES = "highest-wasted-bytes";
  public static final String HIGHEST_USER_WASTED_PERCENT = "highest-user-wasted-percent";
  public static final String MAX_SIZE = "max-size";
  public static final String MAX_LAYERS = "max-layers";

  /** dive's defaults: efficiency 0.9, user wasted 0.1, the rest off. */
  public static final Map<String, String> DEFAULTS = Map.of(
      LOWEST_EFFICIENCY, "0.9",
      HIGHEST_WASTED_BYTES, "disabled",
      HIGHEST_USER_WASTED_PERCENT, "0.1",
      MAX_SIZE, "disabled",
      MAX_LAYERS, "disabled");

  /** Builds rules from text values by rule name; missing names take {@link #DEFAULTS}. */
  public static CiRules parse(Map<String, String> values) throws InvalidInputException {
    for (String key : values.keySet()) {
      if (!DEFAULTS.containsKey(key)) {
        throw new InvalidInputException("unknown CI rule '" + key + "'; known: " + String.join(", ", new java.util.TreeSet<>(DEFAULTS.keySet())));
      }
    }
    return new CiRules(
        fraction(value(values, LOWEST_EFFICIENCY), LOWEST_EFFICIENCY),
        bytes(value(values, HIGHEST_WASTED_BYTES), HIGHEST_WASTED_BYTES),
        fraction(value(values, HIGHEST_USER_WASTED_PERCENT), HIGHEST_USER_WASTED_PERCENT),
        bytes(value(values, MAX_SIZE), MAX_SIZE),
        count(value(values, MAX_LAYERS), MAX_LAYERS));
  }

  private static Optional<String> value(Map<String, String> values, String key) {
    String v = values.getOrDefault(key, DEFAULTS.get(key));
    String t = v == null ? "" : v.trim().toLowerCase(Locale.ROOT);
    return t.isEmpty() || t.equals("disabled") || t.equals("off") || t.equals("false") ? Optional.empty() : Optional.of(v.trim());
  }

  private static OptionalDouble fraction(Optional<String> v, String rule) throws InvalidInputException {
    if (v.isEmpty()) {
      return OptionalDouble.empty();
    }
    double d;
    try {
      d = Double.parseDouble(v.get());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("invalid value for " + rule + ": '" + v.get() + "' (a ratio between 0 and 1, or off)");
    }
    if (!(d >= 0 && d <= 1)) {
      throw new InvalidInputException("invalid value for " + rule + ": " + v.get() + " is outside 0..1");
    }
    return OptionalDouble.of(d);
  }

  private static OptionalLong bytes(Optional<String> v, String rule) throws InvalidInputException {
    return v.isEmpty() ? OptionalLong.empty() : OptionalLong.of(ByteThreshold.parse(v.get(), rule));
  }

  private static OptionalLong count(Optional<String> v, String rule) throws InvalidInputException {
    if (v.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      long n = Long.parseLong(v.get());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return OptionalLong.of(n);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("invalid value for " + rule + ": '" + v.get() + "' (a whole number, or off)");
    }
  }
}
