package dev.footprint.image;

import dev.footprint.common.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one task per layer on a bounded pool and returns the results in layer order. The first
 * failure (in layer order) is rethrown as it was thrown; the other tasks are cancelled.
 * Stateless; each call owns its pool.
 */
public final class ParallelLayers {

  /** Work on one layer; runs on a pool thread. */
  @FunctionalInterface
  public interface Task<T> {
    T run(Layer layer) throws IOException, InvalidInputException;
  }

  private ParallelLayers() {}

  /** A sensible default: one thread per core, at most one per layer. */
  public static int defaultThreads(int layers) {
    return Math.max(1, Math.min(layers, Runtime.getRuntime().availableProcessors()));
  }

  public static <T> List<T> read(List<Layer> layers, int threads, Task<T> task)
      throws IOException, InvalidInputException {
    if (layers.isEmpty()) {
      return List.of();
    }
    if (threads <= 1 || layers.size() == 1) {
      List<T> out = new ArrayList<>();
      for (Layer l : layers) {
        out.add(task.run(l));
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, layers.size()), r -> {
      Thread t = new Thread(r, "footprint-layer");
      t.setDaemon(true);
      return t;
    });
    try {
      // Biggest blobs first, so the longest task is not started last.
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < layers.size(); i++) {
        order.add(i);
      }
      order.sort((a, b) -> Long.compare(
          layers.get(b).descriptor().compressedSize(), layers.get(a).descriptor().compressedSize()));
      List<Future<T>> futures = new ArrayList<>(java.util.Collections.nCopies(layers.size(), null));
      for (int i : order) {
        Layer l = layers.get(i);
        futures.set(i, pool.submit(() -> task.run(l)));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(await(f, futures));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T await(Future<T> f, List<Future<T>> all) throws IOException, InvalidInputException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading layers", e);
    } catch (ExecutionException e) {
      all.forEach(x -> x.cancel(true));
      Throwable c = e.getCause();
      if (c instanceof InvalidInputException i) {
        throw i;
      }
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IOException(c);
    }
  }
}
