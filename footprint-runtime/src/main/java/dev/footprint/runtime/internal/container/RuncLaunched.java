package dev.footprint.runtime.internal.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.footprint.runtime.internal.limits.CgroupLayout;
import dev.footprint.runtime.internal.ready.LogTail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One runc container run in the foreground ({@code runc run}), so its stdout and stderr are the
 * container's. Closing kills and deletes the container (which removes its cgroups), unmounts the
 * overlay and deletes the bundle directory.
 */
final class RuncLaunched implements Launched {
  private final Path binary;
  private final String id;
  private final Path bundle;
  private final CgroupLayout layout;
  private final LogTail logs = new LogTail();
  private Process runc;
  private boolean mounted;
  private long pid = -1;
  private boolean closed;
  private long startedAt;

  RuncLaunched(Path binary, String id, Path bundle, CgroupLayout layout) {
    this.binary = binary;
    this.id = id;
    this.bundle = bundle;
    this.layout = layout;
  }

  /** Mounts an overlay at bundle/rootfs; false when the host cannot (then the root is read-only). */
  boolean mountOverlay(Path lower) throws IOException {
    Path upper = Files.createDirectory(bundle.resolve("upper"));
    Path work = Files.createDirectory(bundle.resolve("work"));
    Path target = Files.createDirectory(bundle.resolve("rootfs"));
    String options = "lowerdir=" + lower + ",upperdir=" + upper + ",workdir=" + work;
    Exec.Result r = Exec.run(List.of("mount", "-t", "overlay", "overlay", "-o", options, target.toString()), 30);
    mounted = r.ok();
    return mounted;
  }

  void start() throws IOException {
    startedAt = System.nanoTime();
    runc =
        new ProcessBuilder(binary.toString(), "run", "--bundle", bundle.toString(), id)
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    runc.getOutputStream().close();
    logs.follow(runc.getInputStream(), "stdout");
    logs.follow(runc.getErrorStream(), "stderr");
  }

  @Override
  public long startedAtNanos() {
    return startedAt;
  }

  @Override
  public synchronized long pid() {
    if (pid <= 0 && runc != null && runc.isAlive()) {
      pid = statePid();
    }
    return pid;
  }

  private long statePid() {
    try {
      Exec.Result r = Exec.run(List.of(binary.toString(), "state", id), 10);
      if (!r.ok()) {
        return -1;
      }
      JsonNode state = new ObjectMapper().readTree(r.stdout());
      return "running".equals(state.path("status").asText()) ? state.path("pid").asLong(-1) : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public Optional<CgroupPlace> cgroup() {
    return Optional.of(new CgroupPlace(id, layout.version(), layout.directories(id)));
  }

  @Override
  public boolean isAlive() {
    return runc != null && runc.isAlive();
  }

  @Override
  public Optional<Integer> exitCode() {
    return runc == null || runc.isAlive() ? Optional.empty() : Optional.of(runc.exitValue());
  }

  @Override
  public LogTail logs() {
    return logs;
  }

  @Override
  public String describe() {
    return binary.getFileName() + " container " + id;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (runc != null) {
      quietly(List.of(binary.toString(), "kill", id, "KILL"));
      try {
        if (!runc.waitFor(5, TimeUnit.SECONDS)) {
          runc.destroyForcibly();
          runc.waitFor(5, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        runc.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      quietly(List.of(binary.toString(), "delete", "--force", id));
    }
    if (mounted) {
      quietly(List.of("umount", bundle.resolve("rootfs").toString()));
      if (isMounted(bundle.resolve("rootfs"))) {
        quietly(List.of("umount", "-l", bundle.resolve("rootfs").toString()));
      }
    }
    logs.drain(500);
    RuncRuntime.deleteQuietly(bundle);
  }

  private static boolean isMounted(Path dir) {
    try {
      String mounts = Files.readString(Path.of("/proc/self/mountinfo"));
      return mounts.contains(" " + dir + " ");
    } catch (IOException e) {
      return false;
    }
  }

  private static void quietly(List<String> command) {
    try {
      Exec.run(command, 30);
    } catch (IOException e) {
      // Cleanup goes on with the next step; leftovers are detectable with runc list/mountinfo.
    }
  }
}
