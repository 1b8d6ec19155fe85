package dev.footprint.runtime.internal.container;

import dev.footprint.runtime.internal.ready.LogTail;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A container started by the podman or docker CLI in the foreground. */
final class CliLaunched implements Launched {
  private final CliCommands commands;
  private final String name;
  private final Process client;
  private final LogTail logs = new LogTail();
  private long pid = -1;
  private boolean closed;

  private final long startedAt;

  private CliLaunched(CliCommands commands, String name, Process client, long startedAt) {
    this.startedAt = startedAt;
    this.commands = commands;
    this.name = name;
    this.client = client;
    logs.follow(client.getInputStream(), "stdout");
    logs.follow(client.getErrorStream(), "stderr");
  }

  static CliLaunched start(CliCommands commands, String name, List<String> run) throws IOException {
    long startedAt = System.nanoTime();
    Process p = new ProcessBuilder(run).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    p.getOutputStream().close();
    return new CliLaunched(commands, name, p, startedAt);
  }

  @Override
  public long startedAtNanos() {
    return startedAt;
  }

  @Override
  public synchronized long pid() {
    if (pid <= 0 && client.isAlive()) {
      try {
        Exec.Result r = Exec.run(commands.pid(name), 10);
        long p = r.ok() ? Long.parseLong(r.stdout().strip()) : -1;
        pid = p > 0 ? p : -1;
      } catch (IOException | NumberFormatException e) {
        pid = -1;
      }
    }
    return pid;
  }

  @Override
  public Optional<CgroupPlace> cgroup() {
    return Optional.empty();
  }

  @Override
  public boolean isAlive() {
    return client.isAlive();
  }

  @Override
  public Optional<Integer> exitCode() {
    return client.isAlive() ? Optional.empty() : Optional.of(client.exitValue());
  }

  @Override
  public LogTail logs() {
    return logs;
  }

  @Override
  public String describe() {
    return "container " + name;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      Exec.run(commands.remove(name), 60);
      if (!client.waitFor(5, TimeUnit.SECONDS)) {
        client.destroyForcibly();
      }
    } catch (IOException e) {
      client.destroyForcibly();
    } catch (InterruptedException e) {
      client.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    logs.drain(500);
  }
}
