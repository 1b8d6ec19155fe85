package dev.footprint.report.watch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.report.Json;
import dev.footprint.runtime.watch.Reading;
import dev.footprint.runtime.watch.Recording;
import dev.footprint.runtime.watch.WatchListener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Streams every reading to a CSV or JSON-lines file. Rows go to a hidden temporary sibling, moved
 * into place when the watch ends, so the file appears whole (the same contract as AtomicOutput,
 * which cannot be used directly because the content is produced over the whole watch).
 */
public final class SeriesWriter implements WatchListener, AutoCloseable {
  /** The two series formats. */
  public enum Format {
    CSV,
    JSONL;

    /** By file extension: {@code .csv}, else JSON lines ({@code .jsonl}, {@code .ndjson}, {@code .json}). */
    public static Format byExtension(Path file) {
      return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : JSONL;
    }
  }

  private final Path target;
  private final Path tmp;
  private final Format format;
  private final SeriesColumns columns;
  private final BufferedWriter out;
  private Instant start;
  private boolean done;

  public SeriesWriter(Path target, Format format, SeriesColumns columns) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    this.target = target;
    this.tmp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
    this.format = format;
    this.columns = columns;
    this.out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
    if (format == Format.CSV) {
      out.write("timestamp,elapsed_seconds," + String.join(",", columns.names()) + "\n");
    }
  }

  @Override
  public void onReading(Reading r, Recording soFar) throws IOException {
    if (start == null) {
      start = r.timestamp();
    }
    double elapsed = Duration.between(start, r.timestamp()).toNanos() / 1e9;
    List<Double> values = columns.values(r);
    if (format == Format.CSV) {
      StringBuilder line = new StringBuilder(r.timestamp().toString()).append(',').append(number(elapsed));
      for (Double v : values) {
        line.append(',').append(v == null ? "" : number(v));
      }
      out.write(line.append('\n').toString());
    } else {
      ObjectNode row = Json.mapper().createObjectNode();
      row.put("timestamp", r.timestamp().toString());
      row.put("elapsedSeconds", elapsed);
      List<String> names = columns.names();
      for (int i = 0; i < names.size(); i++) {
        Double v = values.get(i);
        if (v == null) {
          row.putNull(names.get(i));
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
          row.put(names.get(i), v.longValue());
        } else {
          row.put(names.get(i), v);
        }
      }
      out.write(Json.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(row));
      out.write('\n');
    }
  }

  @Override
  public void onEnd(Recording recording) throws IOException {
    close();
  }

  /** Finishes the file and moves it into place; safe to call twice. */
  @Override
  public void close() throws IOException {
    if (done) {
      return;
    }
    done = true;
    out.close();
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Drops the unfinished file (the watch failed before its first reading). */
  public void discard() {
    done = true;
    try {
      out.close();
      Files.deleteIfExists(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
  }
}
