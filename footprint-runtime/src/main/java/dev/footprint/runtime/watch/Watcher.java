package dev.footprint.runtime.watch;

import dev.footprint.common.FootprintException;
import dev.footprint.runtime.sample.Sample;
import dev.footprint.runtime.sample.Sampler;
import dev.footprint.runtime.sample.TargetGoneException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Samples a target at a fixed rate until the duration is reached, the target ends, or {@link
 * #stop()} is called from another thread (Ctrl-C). Ticks are scheduled against the monotonic
 * clock; a tick that falls behind is skipped, never bunched. Probe failures become notes, not
 * failures, because a flaky metrics endpoint should not end a long watch.
 */
public final class Watcher {
  private final Sampler sampler;
  private final List<Probe> probes;
  private final Duration interval;
  private final Duration duration;
  private final List<WatchListener> listeners;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final Set<String> notes = new LinkedHashSet<>();

  /**
   * @param duration how long to watch; null watches until the target ends or {@link #stop()}
   */
  public Watcher(Sampler sampler, List<Probe> probes, Duration interval, Duration duration, List<WatchListener> listeners) {
    this.sampler = Objects.requireNonNull(sampler, "sampler");
    this.probes = List.copyOf(probes);
    this.interval = Objects.requireNonNull(interval, "interval");
    this.duration = duration;
    this.listeners = List.copyOf(listeners);
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive");
    }
  }

  /** Asks a running watch to finish after the current tick; safe from any thread. */
  public void stop() {
    stop.countDown();
  }

  /**
   * Watches until an end condition and returns the summary.
   *
   * @throws TargetGoneException when the target does not exist at the first sample
   */
  public WatchSummary run(TrendClassifier classifier) throws FootprintException, IOException {
    Recording recording = new Recording();
    long begin = System.nanoTime();
    long step = interval.toNanos();
    long next = begin;
    String reason;
    while (true) {
      Sample sample;
      try {
        sample = sampler.sample();
      } catch (TargetGoneException e) {
        if (recording.readings() == 0) {
          throw e;
        }
        reason = sampler.target().describe() + " ended";
        break;
      }
      notes.addAll(sample.notes());
      Reading reading = new Reading(sample, readProbes());
      recording.add(reading);
      for (WatchListener l : listeners) {
        l.onReading(reading, recording);
      }
      long now = System.nanoTime();
      if (duration != null && now - begin >= duration.toNanos()) {
        reason = "watched for " + DurationFormat.of(duration);
        break;
      }
      next += step;
      if (next < now) {
        next = now + step - (now - next) % step;
      }
      long wait = next - now;
      if (duration != null) {
        wait = Math.min(wait, begin + duration.toNanos() - now);
      }
      if (awaitStop(Math.max(0, wait))) {
        reason = "interrupted";
        break;
      }
    }
    for (WatchListener l : listeners) {
      l.onEnd(recording);
    }
    for (Probe p : probes) {
      p.close();
    }
    return new WatchSummary(
        sampler.target().describe(),
        recording.start(),
        recording.last(),
        recording.readings(),
        reason,
        recording.summarize(classifier),
        new ArrayList<>(notes));
  }

  /** Adds a note (e.g. a file a listener wrote) to the summary. */
  public void note(String note) {
    notes.add(note);
  }

  private boolean awaitStop(long nanos) {
    try {
      return stop.await(nanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  private List<ProbeValue> readProbes() {
    List<ProbeValue> out = new ArrayList<>();
    for (Probe p : probes) {
      try {
        out.addAll(p.read());
      } catch (FootprintException e) {
        notes.add(p.name() + ": " + e.getMessage());
      }
    }
    return out;
  }
}
