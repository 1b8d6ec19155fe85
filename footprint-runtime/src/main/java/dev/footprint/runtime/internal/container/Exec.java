package dev.footprint.runtime.internal.container;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a short helper command (runc state, docker inspect) and captures what it printed. */
public final class Exec {
  /** Exit code and combined output of a finished command. */
  public record Result(int exitCode, String stdout, String stderr) {
    public boolean ok() {
      return exitCode == 0;
    }

    /** The first non-empty line of stderr, else of stdout: what the tool said went wrong. */
    public String message() {
      for (String text : List.of(stderr, stdout)) {
        for (String line : text.split("\n")) {
          if (!line.isBlank()) {
            return line.strip();
          }
        }
      }
      return "exit code " + exitCode;
    }
  }

  private Exec() {}

  public static Result run(List<String> command, long timeoutSeconds) throws IOException {
    Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    p.getOutputStream().close();
    // Read stderr on a side thread so neither pipe can fill up and stall the child.
    StringBuilder err = new StringBuilder();
    Thread t = new Thread(() -> err.append(readAll(p.getErrorStream())), "footprint-exec-stderr");
    t.setDaemon(true);
    t.start();
    String out = readAll(p.getInputStream());
    try {
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(String.join(" ", command) + " did not finish in " + timeoutSeconds + "s");
      }
      t.join(1000);
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + command.get(0), e);
    }
    synchronized (err) {
      return new Result(p.exitValue(), out, err.toString());
    }
  }

  private static String readAll(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
