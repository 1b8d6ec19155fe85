package dev.footprint.cli;

import dev.footprint.image.ProgressListener;
import dev.footprint.report.HumanSize;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shows bytes done/total and the rate on one self-overwriting stderr line, a few times a second,
 * only when stderr is a terminal. Thread-safe: layers report from pool threads.
 */
final class ProgressPrinter implements ProgressListener, AutoCloseable {
  private static final long INTERVAL_MS = 250;

  private final PrintWriter err;
  private final AtomicLong done = new AtomicLong();
  private final Thread ticker;
  private volatile long total;
  private volatile long start;
  private volatile boolean running;

  ProgressPrinter(PrintWriter err) {
    this.err = err;
    this.ticker = new Thread(this::tick, "footprint-progress");
    ticker.setDaemon(true);
  }

  /** Starts showing progress once the total is known. */
  void start(long totalBytes) {
    total = totalBytes;
    start = System.nanoTime();
    running = true;
    ticker.start();
  }

  /**
   * Whether stderr itself is a terminal: on Linux from /proc (so `inspect … > report.json` still
   * shows progress), elsewhere Java's console as the best available hint.
   */
  static boolean stderrIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    java.nio.file.Path fd2 = java.nio.file.Path.of("/proc/self/fd/2");
    if (java.nio.file.Files.isSymbolicLink(fd2)) {
      try {
        String target = java.nio.file.Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (java.io.IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    return System.console() != null;
  }

  @Override
  public void advanced(long bytes) {
    done.addAndGet(bytes);
  }

  private void tick() {
    while (running) {
      try {
        Thread.sleep(INTERVAL_MS);
      } catch (InterruptedException e) {
        return;
      }
      if (running) {
        print();
      }
    }
  }

  private synchronized void print() {
    long d = done.get();
    double secs = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    err.print("\r\u001b[Kreading " + HumanSize.format(d) + " / " + HumanSize.format(total)
        + " (" + HumanSize.format((long) (d / secs)) + "/s)");
    err.flush();
  }

  @Override
  public synchronized void close() {
    if (!running) {
      return;
    }
    running = false;
    ticker.interrupt();
    err.print("\r\u001b[K");
    err.flush();
  }
}
