package dev.footprint.gc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;

/**
 * Builds and runs the test programs of src/test/resources/dev/footprint/gc/programs and returns
 * their GC logs: Java under {@code -Xlog:gc*} (the JDK running the tests), Go under {@code
 * GODEBUG=gctrace=1} (dependency-free, no module proxy). Each run is bounded in time.
 */
final class Programs {
  private static final long TIMEOUT_SECONDS = 120;
  private final Path dir;
  private int runs;

  Programs(Path dir) throws IOException {
    this.dir = dir;
    List<String> args = new ArrayList<>(List.of("--release", "17", "-d", dir.toString()));
    for (String name : List.of("HeapTooSmall", "PauseBound", "AllocationBound")) {
      args.add(copy(name + ".java").toString());
    }
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)))
        .isZero();
  }

  /** The gc* log of {@code java OPTIONS MAIN ARGS}. */
  Path java(String main, List<String> options, String... args) throws Exception {
    Path log = dir.resolve(main + "-" + (++runs) + ".log");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(options);
    cmd.add("-Xlog:gc*:file=" + log + ":time,uptime,level,tags");
    cmd.addAll(List.of("-cp", dir.toString(), main));
    cmd.addAll(List.of(args));
    run(new ProcessBuilder(cmd), dir.resolve(main + "-" + runs + ".out"));
    return log;
  }

  /** The gctrace (stderr) of heap.go with {@code env} and {@code args}. */
  Path go(Map<String, String> env, String... args) throws Exception {
    Path bin = dir.resolve("heap");
    if (!Files.exists(bin)) {
      Path src = copy("heap.go");
      ProcessBuilder build = new ProcessBuilder("go", "build", "-o", bin.toString(), src.toString());
      goEnvironment(build);
      run(build, dir.resolve("go-build.out"));
    }
    Path log = dir.resolve("go-" + (++runs) + ".log");
    List<String> cmd = new ArrayList<>(List.of(bin.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    goEnvironment(pb);
    pb.environment().remove("GOMEMLIMIT");
    pb.environment().put("GODEBUG", "gctrace=1");
    pb.environment().putAll(env);
    pb.redirectError(log.toFile());
    run(pb, dir.resolve("go-" + runs + ".out"));
    return log;
  }

  private void goEnvironment(ProcessBuilder pb) {
    pb.environment().putIfAbsent("GOCACHE", dir.resolve("gocache").toString());
    pb.environment().put("GOPROXY", "off");
    pb.environment().put("GO111MODULE", "off");
    pb.directory(dir.toFile());
  }

  private Path copy(String resource) throws IOException {
    Path target = dir.resolve(resource);
    try (InputStream in = Programs.class.getResourceAsStream("programs/" + resource)) {
      Files.copy(in, target);
    }
    return target;
  }

  private static void run(ProcessBuilder pb, Path out) throws Exception {
    pb.redirectOutput(out.toFile());
    if (pb.redirectError() == ProcessBuilder.Redirect.PIPE) {
      pb.redirectErrorStream(true);
    }
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      if ("true".equals(System.getenv("CI"))) {
        throw e;
      }
      assumeTrue(false, pb.command().get(0) + " is not installed: " + e.getMessage());
      throw e;
    }
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(pb.command() + " ran past " + TIMEOUT_SECONDS + " s");
    }
    assertThat(p.exitValue()).as(pb.command() + ": " + Files.readString(out)).isZero();
  }
}
