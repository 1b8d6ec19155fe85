package dev.footprint.runtime.internal.jvm;

import dev.footprint.common.AtomicOutput;
import dev.footprint.common.FootprintException;
import dev.footprint.common.UnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Evidence for a suspected JVM leak: a thread dump ({@code jcmd PID Thread.print}) and a class
 * histogram ({@code jcmd PID GC.class_histogram}, which triggers a full GC so only live objects
 * count), written together into one folder.
 */
public final class JcmdDumps {
  private static final long TIMEOUT_SECONDS = 60;
  private final Path jcmd;

  public JcmdDumps() throws UnavailableException {
    this.jcmd = JdkTools.find("jcmd");
  }

  /** Writes {@code threads.txt} and {@code class-histogram.txt} into {@code folder}. */
  public List<Path> write(long pid, Path folder) throws IOException, FootprintException {
    AtomicOutput.writeDirectory(folder, dir -> {
      run(pid, "Thread.print", dir.resolve("threads.txt"));
      run(pid, "GC.class_histogram", dir.resolve("class-histogram.txt"));
    });
    return List.of(folder.resolve("threads.txt"), folder.resolve("class-histogram.txt"));
  }

  private void run(long pid, String command, Path out) throws IOException, FootprintException {
    Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
    try {
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new UnavailableException("jcmd " + pid + " " + command + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running jcmd", e);
    }
    if (p.exitValue() != 0) {
      String first = Files.readAllLines(out).stream().findFirst().orElse("");
      throw new UnavailableException("jcmd " + pid + " " + command + " failed (exit " + p.exitValue() + "): " + first);
    }
  }
}
