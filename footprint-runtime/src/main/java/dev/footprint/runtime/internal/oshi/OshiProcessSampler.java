package dev.footprint.runtime.internal.oshi;

import dev.footprint.common.FootprintException;
import dev.footprint.runtime.sample.Sample;
import dev.footprint.runtime.sample.SampleTarget;
import dev.footprint.runtime.sample.Sampler;
import dev.footprint.runtime.sample.TargetGoneException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import oshi.SystemInfo;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

/**
 * Samples a process tree through OSHI on hosts without /proc (Windows, macOS). Meanings differ by
 * OS and are stated in docs/watch.md: on Windows open files are all kernel handles and I/O bytes
 * include network and device I/O.
 */
public final class OshiProcessSampler implements Sampler {
  private final SampleTarget.ProcessTree target;
  private final OperatingSystem os;
  private final Clock clock;
  private final boolean windows;

  public OshiProcessSampler(SampleTarget.ProcessTree target, Clock clock) {
    this.target = target;
    this.os = new SystemInfo().getOperatingSystem();
    this.clock = clock;
    this.windows = System.getProperty("os.name", "").startsWith("Windows");
  }

  @Override
  public SampleTarget target() {
    return target;
  }

  @Override
  public Sample sample() throws FootprintException {
    OSProcess root = os.getProcess((int) target.pid());
    if (root == null || root.getState() == OSProcess.State.INVALID) {
      throw new TargetGoneException("process " + target.pid() + " is not running");
    }
    List<OSProcess> all = new ArrayList<>();
    all.add(root);
    if (target.descendants()) {
      all.addAll(os.getDescendantProcesses((int) target.pid(), null, null, 0));
    }
    long cpuMs = 0;
    long rss = 0;
    long threads = 0;
    long files = 0;
    long read = 0;
    long written = 0;
    List<String> notes = new ArrayList<>();
    for (OSProcess p : all) {
      cpuMs += p.getKernelTime() + p.getUserTime();
      rss += p.getResidentSetSize();
      threads += p.getThreadCount();
      long open = p.getOpenFiles();
      files = open < 0 || files < 0 ? Sample.UNAVAILABLE : files + open;
      read += p.getBytesRead();
      written += p.getBytesWritten();
    }
    if (files < 0) {
      notes.add("open files: the OS did not report handle or descriptor counts (permission?)");
    }
    // OSHI 6.x returns the private working set as resident size on Windows; elsewhere it has no
    // private figure, so say so instead of guessing.
    long priv = windows ? rss : Sample.UNAVAILABLE;
    if (!windows) {
      notes.add("private memory: not reported by this OS through OSHI");
    }
    return new Sample(
        clock.instant(), all.size(), cpuMs * 1_000_000L, rss, priv, threads, files, read, written,
        Optional.empty(), notes);
  }
}
