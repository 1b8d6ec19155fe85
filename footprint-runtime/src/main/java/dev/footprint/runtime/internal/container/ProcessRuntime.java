package dev.footprint.runtime.internal.container;

import dev.footprint.common.FootprintException;
import dev.footprint.common.InvalidInputException;
import dev.footprint.common.UnavailableException;
import dev.footprint.runtime.RunSpec;
import dev.footprint.runtime.RuntimeKind;
import dev.footprint.runtime.internal.limits.CgroupLayout;
import dev.footprint.runtime.internal.limits.OwnCgroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Runs a host program. On Linux with a writable cgroup file system the program starts inside a
 * cgroup of its own (joined by a tiny shell before exec, so not a single instruction runs outside
 * it): that gives container-equal accounting and makes {@code --cpus}/{@code --memory} work.
 * Elsewhere it runs as a plain child and limits are refused.
 */
public final class ProcessRuntime implements ContainerRuntime {
  private static final String JOIN_SCRIPT =
      "IFS='\n'; for f in $FOOTPRINT_CGROUP_PROCS; do echo $$ > \"$f\" || exit 97; done;"
          + " unset FOOTPRINT_CGROUP_PROCS IFS; exec \"$@\"";

  private final CgroupLayout layout;

  public ProcessRuntime(CgroupLayout layout) {
    this.layout = layout;
  }

  @Override
  public RuntimeKind kind() {
    return RuntimeKind.PROCESS;
  }

  @Override
  public String version() {
    return System.getProperty("os.name") + " " + System.getProperty("os.version");
  }

  @Override
  public Launched launch(RunSpec spec) throws FootprintException, IOException {
    String program = resolve(spec.target());
    List<String> command = new ArrayList<>();
    command.add(program);
    command.addAll(spec.args());
    boolean useCgroup = isLinux() && layout.writable();
    if (spec.limits().any() && !useCgroup) {
      throw new UnavailableException(
          "--cpus/--memory with the process runtime need a writable cgroup file system"
              + " (Linux, run as root); run without limits or use a container runtime");
    }
    OwnCgroup group = null;
    ProcessBuilder pb;
    if (useCgroup) {
      group = OwnCgroup.create(layout, "footprint-" + UUID.randomUUID().toString().substring(0, 12), spec.limits());
      List<String> wrapped = new ArrayList<>(List.of("/bin/sh", "-c", JOIN_SCRIPT, "footprint"));
      wrapped.addAll(command);
      pb = new ProcessBuilder(wrapped);
      pb.environment()
          .put(
              "FOOTPRINT_CGROUP_PROCS",
              group.procsFiles().stream().map(Path::toString).collect(Collectors.joining("\n")));
    } else {
      pb = new ProcessBuilder(command);
    }
    try {
      long startedAt = System.nanoTime();
      Process process = pb.redirectInput(ProcessBuilder.Redirect.PIPE).start();
      process.getOutputStream().close();
      return new ProcessLaunched(process, group, program, startedAt);
    } catch (IOException | RuntimeException e) {
      if (group != null) {
        group.close();
      }
      throw e;
    }
  }

  /** The program as a path: as given when it contains a separator, else looked up on PATH. */
  public static String resolve(String target) throws InvalidInputException {
    Path given = Path.of(target);
    if (target.contains("/") || target.contains("\\")) {
      if (!Files.isRegularFile(given)) {
        throw new InvalidInputException("no such program: " + target);
      }
      if (!Files.isExecutable(given)) {
        throw new InvalidInputException("not executable: " + target);
      }
      return given.toAbsolutePath().toString();
    }
    return Tools.onPath(target)
        .map(Path::toString)
        .orElseThrow(() -> new InvalidInputException("program not found on PATH: " + target));
  }

  private static boolean isLinux() {
    return Files.isDirectory(Path.of("/proc/self"));
  }
}
