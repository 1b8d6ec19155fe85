package dev.footprint.runtime.watch;

import dev.footprint.runtime.sample.Sample;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One tick of a watch: the sample and the probes' figures taken with it. */
public record Reading(Sample sample, List<ProbeValue> extras) {
  public Reading {
    Objects.requireNonNull(sample, "sample");
    extras = List.copyOf(extras);
  }

  public Instant timestamp() {
    return sample.timestamp();
  }
}
