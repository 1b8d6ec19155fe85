import dev.footprint.runtime.Limits;
import dev.footprint.runtime.Readiness;
import dev.footprint.runtime.RunSpec;
import dev.footprint.runtime.RuntimeKind;
import dev.footprint.runtime.internal.container.Launched;
import dev.footprint.runtime.internal.container.ProcessRuntime;
import dev.footprint.runtime.internal.limits.CgroupLayout;
import dev.footprint.runtime.internal.sampling.SampleLoop;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * CPU cost of footprint's sampling at a given interval: starts the target (a program, in its own
 * cgroup when the host allows) and samples it like `footprint run` does, then reports the CPU time
 * the sampler thread used as a percentage of one core over the wall time.
 */
public class SamplerOverheadBench {
  public static void main(String[] args) throws Exception {
    String program = args[0];
    Duration interval = Duration.ofMillis(Long.parseLong(args[1]));
    long seconds = Long.parseLong(args[2]);
    RunSpec spec = new RunSpec(program, List.of(args).subList(3, args.length), RuntimeKind.PROCESS,
        new Readiness.Exit(), Duration.ofSeconds(1), interval, Duration.ofSeconds(1), Limits.NONE, null);
    var threads = ManagementFactory.getThreadMXBean();
    try (Launched l = new ProcessRuntime(CgroupLayout.ofHost()).launch(spec)) {
      Thread.sleep(500);
      try (SampleLoop loop = new SampleLoop(l, interval)) {
        Thread.sleep(1000); // warm-up: class loading and JIT of the first readings
        long id = sampler();
        long cpu0 = threads.getThreadCpuTime(id);
        int n0 = loop.samples().size();
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000);
        long cpu = threads.getThreadCpuTime(id) - cpu0;
        long wall = System.nanoTime() - t0;
        int n = loop.samples().size() - n0;
        var last = loop.samples().get(loop.samples().size() - 1);
        System.out.printf(Locale.ROOT,
            "target=%s cgroup=%s interval=%dms samples=%d sampler-cpu=%.1fms per-sample=%.3fms overhead=%.3f%% of one core (pids=%d)%n",
            program, l.cgroup().isPresent(), interval.toMillis(), n, cpu / 1e6, cpu / 1e6 / Math.max(1, n),
            100.0 * cpu / wall, last.pids());
      }
    }
  }

  private static long sampler() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("footprint-sampler")).findFirst().orElseThrow().getId();
  }
}
