package dev.footprint.report.watch;

import dev.footprint.runtime.sample.Metric;
import dev.footprint.runtime.sample.SampleTarget;
import dev.footprint.runtime.watch.Probe;
import dev.footprint.runtime.watch.ProbeValue;
import dev.footprint.runtime.watch.Reading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed set of columns of a series file, decided before the first reading so a CSV header never
 * changes mid-file: every sample metric the target kind can have, then each probe's figures.
 */
public record SeriesColumns(List<Metric> metrics, List<String> probeNames) {
  public SeriesColumns {
    metrics = List.copyOf(metrics);
    probeNames = List.copyOf(probeNames);
  }

  public static SeriesColumns of(SampleTarget target, List<Probe> probes) {
    List<Metric> metrics = new ArrayList<>();
    for (Metric m : Metric.values()) {
      if (target instanceof SampleTarget.Cgroup || !m.id().startsWith("cgroup_")) {
        metrics.add(m);
      }
    }
    List<String> names = new ArrayList<>();
    for (Probe p : probes) {
      names.addAll(p.metricNames());
    }
    return new SeriesColumns(metrics, names);
  }

  /** Header names in order. */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    metrics.forEach(m -> out.add(m.id()));
    out.addAll(probeNames);
    return out;
  }

  /** Values of one reading in column order; null where unavailable. */
  public List<Double> values(Reading r) {
    List<Double> out = new ArrayList<>();
    for (Metric m : metrics) {
      var v = r.sample().value(m);
      out.add(v.isPresent() ? v.getAsDouble() : null);
    }
    Map<String, Double> extras = new LinkedHashMap<>();
    for (ProbeValue p : r.extras()) {
      extras.put(p.name(), p.value());
    }
    for (String n : probeNames) {
      out.add(extras.get(n));
    }
    return out;
  }
}
