package dev.footprint.runtime.internal.ready;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drains a program's stdout and stderr (a full pipe would stall the program) and keeps the last
 * lines for error messages and the log readiness probe. Thread-safe.
 */
public final class LogTail {
  private static final int KEEP = 200;

  private final Deque<String> lines = new ArrayDeque<>();
  private final List<Thread> pumps = new ArrayList<>();
  private Pattern watched;
  private boolean matched;

  /** Starts a daemon thread copying lines of {@code in} into the tail. */
  public void follow(InputStream in, String name) {
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                  add(line);
                }
              } catch (IOException e) {
                // The program or its runtime closed the stream: the tail just ends.
              }
            },
            "footprint-log-" + name);
    t.setDaemon(true);
    t.start();
    synchronized (this) {
      pumps.add(t);
    }
  }

  synchronized void add(String line) {
    if (lines.size() == KEEP) {
      lines.removeFirst();
    }
    lines.addLast(line);
    if (watched != null && watched.matcher(line).find()) {
      matched = true;
    }
  }

  /** From now on, remembers whether any line (including those already seen) matched. */
  public synchronized void watch(Pattern pattern) {
    watched = pattern;
    matched = lines.stream().anyMatch(l -> pattern.matcher(l).find());
  }

  public synchronized boolean matched() {
    return matched;
  }

  /** Waits briefly for the pumps to reach end of stream, so the last lines are not lost. */
  public void drain(long millis) {
    List<Thread> copy;
    synchronized (this) {
      copy = List.copyOf(pumps);
    }
    long deadline = System.currentTimeMillis() + millis;
    for (Thread t : copy) {
      try {
        t.join(Math.max(1, deadline - System.currentTimeMillis()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** The last {@code n} lines joined with " | ", for a one-line error message. */
  public synchronized String last(int n) {
    List<String> all = new ArrayList<>(lines);
    List<String> tail = all.subList(Math.max(0, all.size() - n), all.size());
    return String.join(" | ", tail);
  }

  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }
}
