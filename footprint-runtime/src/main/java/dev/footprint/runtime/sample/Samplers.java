package dev.footprint.runtime.sample;

import dev.footprint.common.FootprintException;
import dev.footprint.common.InvalidInputException;
import dev.footprint.common.UnavailableException;
import dev.footprint.runtime.internal.cgroup.CgroupLocator;
import dev.footprint.runtime.internal.cgroup.CgroupReader;
import dev.footprint.runtime.internal.cgroup.CgroupSampler;
import dev.footprint.runtime.internal.linux.ProcessReader;
import dev.footprint.runtime.internal.linux.ProcessTreeSampler;
import dev.footprint.runtime.internal.oshi.OshiProcessSampler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The one place a sampler implementation is chosen: /proc and cgroup files on Linux (cheap direct
 * reads), OSHI elsewhere. Each call returns a fresh sampler for one thread.
 */
public final class Samplers {
  private Samplers() {}

  /** A sampler for a process and its descendants. */
  public static Sampler forProcess(long pid) throws FootprintException {
    return forTarget(new SampleTarget.ProcessTree(pid, true));
  }

  /** A sampler for any target. */
  public static Sampler forTarget(SampleTarget target) throws FootprintException {
    Clock clock = Clock.systemUTC();
    if (target instanceof SampleTarget.ProcessTree tree) {
      return linux() ? new ProcessTreeSampler(tree, ProcessReader.forHost(), clock) : new OshiProcessSampler(tree, clock);
    }
    SampleTarget.Cgroup group = (SampleTarget.Cgroup) target;
    if (!linux()) {
      throw new UnavailableException("cgroup sampling needs Linux; " + group.describe() + " cannot be read here");
    }
    return new CgroupSampler(group, new CgroupReader(), ProcessReader.forHost(), clock);
  }

  /**
   * The cgroup of a container (full id or unique prefix, via runc/crun state or a cgroup tree
   * search), or of a cgroup directory given as an absolute path.
   *
   * @throws InvalidInputException when nothing or more than one cgroup matches
   * @throws UnavailableException when the host has no cgroups (not Linux)
   */
  public static SampleTarget.Cgroup locateCgroup(String containerIdOrPath) throws FootprintException {
    if (!linux()) {
      throw new UnavailableException("watching a container by cgroup needs Linux");
    }
    try {
      return CgroupLocator.forHost().locate(containerIdOrPath);
    } catch (IOException e) {
      throw new UnavailableException("cannot search /sys/fs/cgroup for '" + containerIdOrPath + "': " + e.getMessage(), e);
    }
  }

  private static boolean linux() {
    return Files.isDirectory(Path.of("/proc/self"));
  }
}
