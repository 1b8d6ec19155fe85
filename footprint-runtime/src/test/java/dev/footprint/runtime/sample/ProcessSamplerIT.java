package dev.footprint.runtime.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The /proc sampler on a real process tree, checked against ps (procps), the usual peer. */
class ProcessSamplerIT {
  @Test
  void processTree_matchesPs() throws Exception {
    Process shell = new ProcessBuilder("sh", "-c", "sleep 30 & sleep 30 & wait").start();
    try {
      Thread.sleep(300);
      Sample s;
      try (Sampler sampler = Samplers.forProcess(shell.pid())) {
        s = sampler.sample();
      }
      List<Long> pids = new java.util.ArrayList<>(List.of(shell.pid()));
      shell.descendants().forEach(p -> pids.add(p.pid()));
      assertThat(s.processes()).isEqualTo(3).isEqualTo(pids.size());
      long rssKb = 0;
      long threads = 0;
      long fds = 0;
      for (long pid : pids) {
        String[] f = ps(pid).trim().split("\\s+");
        rssKb += Long.parseLong(f[0]);
        threads += Long.parseLong(f[1]);
        try (var list = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
          fds += list.count();
        }
      }
      assertThat(s.residentBytes()).isEqualTo(rssKb * 1024);
      assertThat(s.threads()).isEqualTo(threads);
      assertThat(s.openFiles()).isEqualTo(fds);
      assertThat(s.readBytes()).isGreaterThanOrEqualTo(0);
      assertThat(s.notes()).isEmpty();
    } finally {
      shell.descendants().forEach(ProcessHandle::destroy);
      shell.destroy();
    }
  }

  private static String ps(long pid) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("ps", "-o", "rss=,nlwp=", "-p", Long.toString(pid)).start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor(10, TimeUnit.SECONDS);
    return out;
  }
}
