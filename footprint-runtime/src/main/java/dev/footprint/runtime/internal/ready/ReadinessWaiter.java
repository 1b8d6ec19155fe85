package dev.footprint.runtime.internal.ready;

import dev.footprint.runtime.Readiness;
import dev.footprint.runtime.internal.load.HttpProbe;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Polls a readiness condition every few milliseconds (the poll period bounds the startup-time
 * resolution) while the program is alive.
 */
public final class ReadinessWaiter {
  private static final long POLL_MILLIS = 5;

  /** How waiting ended. */
  public enum Outcome {
    READY,
    EXITED,
    TIMED_OUT
  }

  private final Readiness readiness;
  private final LogTail logs;
  private final BooleanSupplier alive;

  public ReadinessWaiter(Readiness readiness, LogTail logs, BooleanSupplier alive) {
    this.readiness = readiness;
    this.logs = logs;
    this.alive = alive;
    if (readiness instanceof Readiness.LogLine l) {
      logs.watch(l.pattern());
    }
  }

  public Outcome await(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (readiness instanceof Readiness.Exit) {
        if (!alive.getAsBoolean()) {
          return Outcome.READY;
        }
      } else {
        if (probe()) {
          return Outcome.READY;
        }
        if (!alive.getAsBoolean()) {
          return Outcome.EXITED;
        }
      }
      if (System.nanoTime() > deadline) {
        return Outcome.TIMED_OUT;
      }
      Thread.sleep(POLL_MILLIS);
    }
  }

  private boolean probe() {
    if (readiness instanceof Readiness.LogLine) {
      return logs.matched();
    }
    if (readiness instanceof Readiness.Port p) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", p.port()), 200);
        return true;
      } catch (IOException e) {
        return false;
      }
    }
    if (readiness instanceof Readiness.Http h) {
      try {
        return HttpProbe.status(h.url(), 1000) < 500;
      } catch (IOException e) {
        return false;
      }
    }
    return false;
  }
}
