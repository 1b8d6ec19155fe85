package dev.footprint.runtime.internal.load;

import dev.footprint.runtime.LoadResult;
import dev.footprint.runtime.LoadSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop HTTP load like wrk's: one thread per keep-alive connection, each sending its next
 * request as soon as the answer arrived. Latencies go to a per-thread HDR histogram (no sharing
 * on the hot path) merged at the end. Thread-safe to call; each call is independent.
 */
public final class LoadGenerator {
  private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(5);

  public LoadResult run(LoadSpec spec) throws InterruptedException {
    long deadline =
        spec.byCount() ? Long.MAX_VALUE : System.nanoTime() + spec.duration().toNanos();
    AtomicLong budget = new AtomicLong(spec.byCount() ? spec.requests() : Long.MAX_VALUE);
    AtomicReference<String> firstError = new AtomicReference<>();
    int timeout = (int) Math.max(1, spec.timeout().toMillis());
    List<Worker> workers = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < spec.concurrency(); i++) {
      Worker w = new Worker(new HttpConnection(spec.url(), timeout), deadline, budget, firstError);
      workers.add(w);
      Thread t = new Thread(w, "footprint-load-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    try {
      for (Thread t : threads) {
        t.join();
      }
    } finally {
      workers.forEach(w -> w.stop = true);
      threads.forEach(Thread::interrupt);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Histogram all = new Histogram(MAX_LATENCY_MICROS, 3);
    long errors = 0;
    for (Worker w : workers) {
      all.add(w.histogram);
      errors += w.errors;
    }
    long ok = all.getTotalCount();
    long total = ok + errors;
    return new LoadResult(
        total,
        errors,
        seconds,
        seconds > 0 ? ok / seconds : 0,
        ok == 0 ? 0 : all.getMean() / 1000.0,
        ms(all, 50),
        ms(all, 90),
        ms(all, 99),
        ok == 0 ? 0 : all.getMaxValue() / 1000.0,
        firstError.get());
  }

  private static double ms(Histogram h, double percentile) {
    return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
  }

  private static final class Worker implements Runnable {
    final Histogram histogram = new Histogram(MAX_LATENCY_MICROS, 3);
    final HttpConnection connection;
    final long deadline;
    final AtomicLong budget;
    final AtomicReference<String> firstError;
    long errors;
    volatile boolean stop;

    Worker(HttpConnection connection, long deadline, AtomicLong budget, AtomicReference<String> firstError) {
      this.connection = connection;
      this.deadline = deadline;
      this.budget = budget;
      this.firstError = firstError;
    }

    @Override
    public void run() {
      try {
        while (!stop && budget.getAndDecrement() > 0) {
          long t0 = System.nanoTime();
          if (t0 >= deadline) {
            return;
          }
          try {
            int status = connection.exchange();
            long micros = (System.nanoTime() - t0) / 1000;
            if (status >= 400) {
              error("HTTP " + status);
            } else {
              histogram.recordValue(Math.min(Math.max(micros, 1), MAX_LATENCY_MICROS));
            }
          } catch (IOException e) {
            connection.close();
            error(e.getClass().getSimpleName() + ": " + e.getMessage());
            pauseAfterFailure();
          }
        }
      } finally {
        connection.close();
      }
    }

    private void error(String what) {
      errors++;
      firstError.compareAndSet(null, what);
    }

    /** A refused connection fails in microseconds; don't spin a core counting errors. */
    private void pauseAfterFailure() {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        stop = true;
        Thread.currentThread().interrupt();
      }
    }
  }
}
