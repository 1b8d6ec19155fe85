package dev.footprint.report.watch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.report.Json;
import dev.footprint.report.Style;
import dev.footprint.report.TextTable;
import dev.footprint.runtime.watch.MetricSummary;
import dev.footprint.runtime.watch.Trend;
import dev.footprint.runtime.watch.Verdict;
import dev.footprint.runtime.watch.WatchSummary;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Renders the end-of-watch summary as text or JSON (fields documented in docs/watch.md). */
public final class WatchReport {
  private WatchReport() {}

  /** How sure a trend is, in words: from R² and the slope's t statistic. */
  public static String confidence(Trend t) {
    if (t.rSquared() >= 0.9 && Math.abs(t.tStat()) >= 10) {
      return "high";
    }
    if (t.rSquared() >= 0.6 && Math.abs(t.tStat()) >= 4) {
      return "medium";
    }
    return "low";
  }

  public static String json(WatchSummary s) {
    ObjectNode root = Json.document();
    root.put("target", s.target());
    root.put("start", s.start() == null ? null : s.start().toString());
    root.put("end", s.end() == null ? null : s.end().toString());
    root.put("durationSeconds", seconds(s));
    root.put("readings", s.readings());
    root.put("endReason", s.endReason());
    ArrayNode metrics = root.putArray("metrics");
    for (MetricSummary m : s.metrics()) {
      ObjectNode o = metrics.addObject();
      o.put("name", m.name());
      o.put("unit", m.unit());
      o.put("kind", m.counter() ? "counter" : "gauge");
      number(o, "first", m.first());
      number(o, "last", m.last());
      number(o, "min", m.min());
      number(o, "max", m.max());
      o.put("slopePerMinute", m.slopePerMinute());
      o.put("rSquared", m.trend().rSquared());
      o.put("tStat", finite(m.trend().tStat()));
      o.put("confidence", confidence(m.trend()));
      o.put("verdict", m.verdict().id());
      o.put("evidence", m.evidence());
      NextStep.of(m).ifPresent(n -> o.put("nextStep", n));
    }
    ArrayNode notes = root.putArray("notes");
    s.notes().forEach(notes::add);
    return Json.render(root);
  }

  public static String text(WatchSummary s, Style style) {
    StringBuilder b = new StringBuilder();
    b.append(style.bold("footprint watch: " + s.target()))
        .append(String.format(Locale.ROOT, " — %d readings over %.1f s (%s)%n%n", s.readings(), seconds(s), s.endReason()));
    TextTable table = TextTable.of("METRIC", ">FIRST", ">LAST", ">MIN", ">MAX", ">TREND/MIN", "SURE", "VERDICT");
    for (MetricSummary m : s.metrics()) {
      String verdict = switch (m.verdict()) {
        case LEAK -> style.red("leak");
        case SPIKES -> style.yellow("spikes");
        case STEADY -> "steady";
      };
      table.row(m.name(), Values.format(m.first(), m.unit()), Values.format(m.last(), m.unit()),
          Values.format(m.min(), m.unit()), Values.format(m.max(), m.unit()),
          Values.signed(m.slopePerMinute(), m.unit()),
          String.format(Locale.ROOT, "%s (R² %.2f)", confidence(m.trend()), m.trend().rSquared()), verdict);
    }
    b.append(table.render());
    section(b, style, "Likely leaks (steady growth that did not level off):", s.metrics(), Verdict.LEAK);
    section(b, style, "Hot paths (recurring spikes; profile these moments):", s.metrics(), Verdict.SPIKES);
    if (s.leaks().isEmpty() && s.metrics().stream().noneMatch(m -> m.verdict() == Verdict.SPIKES)) {
      b.append("\nNo leak or recurring spike found");
      b.append(s.readings() < 20 ? " (few readings: watch longer for a surer answer).\n" : ".\n");
    }
    if (!s.notes().isEmpty()) {
      b.append('\n').append(style.dim("Notes:")).append('\n');
      s.notes().forEach(n -> b.append("  ").append(n).append('\n'));
    }
    return b.toString();
  }

  private static void section(StringBuilder b, Style style, String title, List<MetricSummary> metrics, Verdict v) {
    List<MetricSummary> hits = metrics.stream().filter(m -> m.verdict() == v).toList();
    if (hits.isEmpty()) {
      return;
    }
    b.append('\n').append(style.bold(title)).append('\n');
    for (MetricSummary m : hits) {
      b.append("  ").append(m.name()).append(": ").append(m.evidence()).append('\n');
      NextStep.of(m).ifPresent(n -> b.append("    next: ").append(n).append('\n'));
    }
  }

  /** Whole values (bytes, counts) as JSON integers, not 6.6E8. */
  private static void number(ObjectNode o, String key, double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      o.put(key, (long) v);
    } else {
      o.put(key, v);
    }
  }

  private static double seconds(WatchSummary s) {
    return s.start() == null ? 0 : Duration.between(s.start(), s.end()).toNanos() / 1e9;
  }

  private static double finite(double v) {
    return Double.isInfinite(v) ? Math.copySign(1e9, v) : v;
  }
}
