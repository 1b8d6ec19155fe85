package dev.footprint.runtime.internal.cgroup;

import dev.footprint.common.FootprintException;
import dev.footprint.common.UnavailableException;
import dev.footprint.runtime.internal.linux.FigureSum;
import dev.footprint.runtime.internal.linux.ProcessFigures;
import dev.footprint.runtime.internal.linux.ProcessReader;
import dev.footprint.runtime.sample.CgroupStats;
import dev.footprint.runtime.sample.Sample;
import dev.footprint.runtime.sample.SampleTarget;
import dev.footprint.runtime.sample.Sampler;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Samples a cgroup: the kernel's group accounting plus the per-process figures (threads, open
 * files, resident memory) summed over {@code cgroup.procs}, as cAdvisor's process metrics do.
 */
public final class CgroupSampler implements Sampler {
  private final SampleTarget.Cgroup target;
  private final CgroupReader cgroups;
  private final ProcessReader processes;
  private final Clock clock;

  public CgroupSampler(SampleTarget.Cgroup target, CgroupReader cgroups, ProcessReader processes, Clock clock) {
    this.target = target;
    this.cgroups = cgroups;
    this.processes = processes;
    this.clock = clock;
  }

  @Override
  public SampleTarget target() {
    return target;
  }

  @Override
  public Sample sample() throws FootprintException {
    Set<String> notes = new LinkedHashSet<>();
    try {
      CgroupStats stats = cgroups.read(target, notes);
      FigureSum sum = new FigureSum();
      for (long pid : cgroups.processes(target)) {
        Optional<ProcessFigures> p = processes.read(pid, notes);
        p.ifPresent(sum::add);
      }
      return sum.toSample(clock.instant(), Optional.of(stats), notes);
    } catch (IOException e) {
      throw new UnavailableException("cannot read " + target.describe() + ": " + e.getMessage(), e);
    }
  }
}
