package dev.footprint.report.watch;

import dev.footprint.report.Style;
import dev.footprint.report.TextTable;
import dev.footprint.runtime.watch.Reading;
import dev.footprint.runtime.watch.Recording;
import dev.footprint.runtime.watch.Series;
import dev.footprint.runtime.watch.Trend;
import dev.footprint.runtime.watch.WatchListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * A table redrawn in place on a terminal (ANSI: cursor up, clear to end of screen), at most twice a
 * second whatever the sampling interval, so fast sampling does not flood the terminal. Use it only
 * when standard output is a terminal.
 */
public final class LiveTable implements WatchListener {
  private static final long REDRAW_NANOS = 500_000_000L;
  private final PrintWriter out;
  private final Style style;
  private final String title;
  private int lines;
  private long lastDraw;
  private boolean drawn;

  public LiveTable(PrintWriter out, Style style, String title) {
    this.out = out;
    this.style = style;
    this.title = title;
  }

  @Override
  public void onReading(Reading reading, Recording soFar) {
    long now = System.nanoTime();
    if (drawn && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    drawn = true;
    draw(render(soFar));
  }

  /** Erases the table: the summary printed next says everything it did, and more. */
  @Override
  public void onEnd(Recording recording) {
    if (lines > 0) {
      out.print("\u001b[" + lines + "F\u001b[J");
      out.flush();
      lines = 0;
    }
  }

  private void draw(String text) {
    if (lines > 0) {
      out.print("\u001b[" + lines + "F\u001b[J");
    }
    out.print(text);
    out.flush();
    lines = (int) text.chars().filter(c -> c == '\n').count();
  }

  String render(Recording rec) {
    TextTable table = TextTable.of("METRIC", ">NOW", ">MIN", ">MAX", ">TREND/MIN", ">R²");
    for (Series s : rec.series()) {
      double[] v = s.values();
      if (v.length == 0) {
        continue;
      }
      double min = v[0];
      double max = v[0];
      for (double x : v) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
      Trend t = Trend.fit(s.seconds(), v);
      table.row(s.name(), Values.format(v[v.length - 1], s.unit()), Values.format(min, s.unit()),
          Values.format(max, s.unit()), Values.signed(t.slopePerMinute(), s.unit()),
          String.format(Locale.ROOT, "%.2f", t.rSquared()));
    }
    double elapsed = rec.start() == null ? 0 : Duration.between(rec.start(), rec.last()).toMillis() / 1000.0;
    String head = style.bold(title) + String.format(Locale.ROOT, "  %d readings, %.1f s  (Ctrl-C ends)%n", rec.readings(), elapsed);
    return head + table.render();
  }
}
