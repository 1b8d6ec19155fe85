package dev.footprint.cli;

import dev.footprint.common.InvalidInputException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command that {@code footprint watch -- COMMAND} started. Its output goes where ours goes; when
 * the watch ends first the command and its descendants are stopped, since footprint started them.
 */
final class WatchedCommand implements AutoCloseable {
  private final Process process;

  private WatchedCommand(Process process) {
    this.process = process;
  }

  static WatchedCommand start(List<String> command) throws InvalidInputException {
    try {
      return new WatchedCommand(new ProcessBuilder(command).inheritIO().start());
    } catch (IOException e) {
      throw new InvalidInputException("cannot start '" + String.join(" ", command) + "': " + e.getMessage(), e);
    }
  }

  long pid() {
    return process.pid();
  }

  /** Exit code once ended, else null. */
  Integer exitCode() {
    return process.isAlive() ? null : process.exitValue();
  }

  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
