import dev.footprint.runtime.LoadResult;
import dev.footprint.runtime.LoadSpec;
import dev.footprint.runtime.internal.load.LoadGenerator;
import java.net.URI;
import java.time.Duration;

/** Runs footprint's load generator once and prints requests/s (bench/run/load-vs-wrk.sh). */
public class LoadBench {
  public static void main(String[] args) throws Exception {
    URI url = URI.create(args[0]);
    int connections = Integer.parseInt(args[1]);
    Duration duration = Duration.ofSeconds(Long.parseLong(args[2]));
    LoadGenerator generator = new LoadGenerator();
    // Warm-up so the JIT has compiled the hot loop, as wrk runs native code from the start.
    generator.run(new LoadSpec(url, connections, Duration.ofSeconds(2), 0, Duration.ofSeconds(5)));
    LoadResult r = generator.run(new LoadSpec(url, connections, duration, 0, Duration.ofSeconds(5)));
    System.out.printf(java.util.Locale.ROOT, "footprint requests/s %.0f errors %d p50 %.3fms p99 %.3fms%n",
        r.requestsPerSecond(), r.errors(), r.p50Ms(), r.p99Ms());
  }
}
