package dev.footprint.report.inspect;

import dev.footprint.image.metrics.ImageMetrics;
import dev.footprint.report.HumanSize;
import dev.footprint.report.inspect.CiOutcome.Rule;
import dev.footprint.report.inspect.CiOutcome.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates {@link CiRules} against measured metrics with dive's comparisons: strict (a value
 * equal to its threshold passes), and a user-wasted ratio dive would get as NaN passes.
 * Stateless.
 */
public final class CiGate {
  private CiGate() {}

  public static CiOutcome evaluate(CiRules rules, ImageMetrics m) {
    List<Rule> out = new ArrayList<>();
    double score = m.dive().score();
    out.add(rules.highestUserWastedPercent().isEmpty() ? skip(CiRules.HIGHEST_USER_WASTED_PERCENT) : ratio(
        CiRules.HIGHEST_USER_WASTED_PERCENT, rules.highestUserWastedPercent().getAsDouble(),
        m.dive().userWastedPercentRaw(), m.dive().userWastedPercentRaw() > rules.highestUserWastedPercent().getAsDouble(),
        "user wasted ratio above the limit"));
    out.add(rules.highestWastedBytes().isEmpty() ? skip(CiRules.HIGHEST_WASTED_BYTES) : bytes(
        CiRules.HIGHEST_WASTED_BYTES, rules.highestWastedBytes().getAsLong(), m.dive().wastedBytes(), "wasted bytes above the limit"));
    out.add(rules.lowestEfficiency().isEmpty() ? skip(CiRules.LOWEST_EFFICIENCY) : ratio(
        CiRules.LOWEST_EFFICIENCY, rules.lowestEfficiency().getAsDouble(), score,
        rules.lowestEfficiency().getAsDouble() > score, "efficiency below the limit"));
    out.add(rules.maxLayers().isEmpty() ? skip(CiRules.MAX_LAYERS) : count(
        rules.maxLayers().getAsLong(), m.layerCount()));
    out.add(rules.maxSize().isEmpty() ? skip(CiRules.MAX_SIZE) : bytes(
        CiRules.MAX_SIZE, rules.maxSize().getAsLong(), m.sizeBytes(), "image size above the limit"));
    return new CiOutcome(out);
  }

  private static Rule skip(String name) {
    return new Rule(name, Status.SKIP, "off", "", "rule off");
  }

  private static Rule ratio(String name, double threshold, double actual, boolean fail, String why) {
    String a = Double.isFinite(actual) ? fmt(actual) : "n/a";
    String message = fail ? why + ": " + a + (name.startsWith("lowest") ? " < " : " > ") + fmt(threshold) : "ok";
    return new Rule(name, fail ? Status.FAIL : Status.PASS, fmt(threshold), a, message);
  }

  private static Rule bytes(String name, long threshold, long actual, String why) {
    boolean fail = actual > threshold;
    String message = fail ? why + ": " + HumanSize.format(actual) + " > " + HumanSize.format(threshold) : "ok";
    return new Rule(name, fail ? Status.FAIL : Status.PASS, Long.toString(threshold), Long.toString(actual), message);
  }

  private static Rule count(long threshold, long actual) {
    boolean fail = actual > threshold;
    String message = fail ? "too many layers: " + actual + " > " + threshold : "ok";
    return new Rule(CiRules.MAX_LAYERS, fail ? Status.FAIL : Status.PASS, Long.toString(threshold), Long.toString(actual), message);
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }
}
