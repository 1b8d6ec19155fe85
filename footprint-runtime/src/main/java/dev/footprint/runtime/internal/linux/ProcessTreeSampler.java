package dev.footprint.runtime.internal.linux;

import dev.footprint.common.FootprintException;
import dev.footprint.common.UnavailableException;
import dev.footprint.runtime.sample.Sample;
import dev.footprint.runtime.sample.SampleTarget;
import dev.footprint.runtime.sample.Sampler;
import dev.footprint.runtime.sample.TargetGoneException;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Samples a process and its descendants from /proc. Descendants are rediscovered at most once a
 * second: walking every thread's children file on each 100 ms tick would cost more than the
 * figures themselves for a process with hundreds of threads.
 */
public final class ProcessTreeSampler implements Sampler {
  private static final long REDISCOVER_NANOS = 1_000_000_000L;
  private final SampleTarget.ProcessTree target;
  private final ProcessReader reader;
  private final Clock clock;
  private final TreeSet<Long> known = new TreeSet<>();
  private long lastDiscovery;
  private boolean discovered;

  public ProcessTreeSampler(SampleTarget.ProcessTree target, ProcessReader reader, Clock clock) {
    this.target = target;
    this.reader = reader;
    this.clock = clock;
  }

  @Override
  public SampleTarget target() {
    return target;
  }

  @Override
  public Sample sample() throws FootprintException {
    try {
      return read();
    } catch (IOException e) {
      throw new UnavailableException("cannot read " + reader.root() + " for " + target.describe() + ": " + e.getMessage(), e);
    }
  }

  private Sample read() throws IOException, TargetGoneException {
    Set<String> notes = new LinkedHashSet<>();
    Optional<ProcessFigures> root = reader.read(target.pid(), notes);
    if (root.isEmpty()) {
      throw new TargetGoneException("process " + target.pid() + " is not running");
    }
    long now = System.nanoTime();
    if (target.descendants() && (!discovered || now - lastDiscovery >= REDISCOVER_NANOS)) {
      discover();
      lastDiscovery = now;
      discovered = true;
    }
    FigureSum sum = new FigureSum();
    sum.add(root.get());
    sum.addChildTicks(root.get().childTicks());
    for (var it = known.iterator(); it.hasNext(); ) {
      Optional<ProcessFigures> child = reader.read(it.next(), notes);
      if (child.isEmpty()) {
        it.remove();
      } else {
        sum.add(child.get());
      }
    }
    return sum.toSample(clock.instant(), Optional.empty(), notes);
  }

  private void discover() throws IOException {
    known.clear();
    ArrayDeque<Long> todo = new ArrayDeque<>(reader.children(target.pid()));
    while (!todo.isEmpty()) {
      long pid = todo.pop();
      if (known.add(pid)) {
        todo.addAll(reader.children(pid));
      }
    }
  }
}
