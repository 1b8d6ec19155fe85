package dev.footprint.report.gc;

import dev.footprint.gc.TimelinePoint;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts over a GC timeline: heap in use before and after each collection (lines), and
 * each pause as a bar at its time (full GCs in red). Plain SVG, no script, no external resource.
 */
final class SvgChart {
  private static final int W = 880;
  private static final int H = 220;
  private static final int LEFT = 70;
  private static final int RIGHT = 10;
  private static final int TOP = 10;
  private static final int BOTTOM = 30;
  private static final int TICKS = 5;

  private SvgChart() {}

  static String heap(List<TimelinePoint> points) {
    double max = 0;
    for (TimelinePoint p : points) {
      max = Math.max(max, Math.max(p.heapBeforeBytes(), p.heapAfterBytes()));
    }
    if (max <= 0) {
      return "<p>No heap figures in this log.</p>";
    }
    Frame f = new Frame(points, max);
    StringBuilder s = f.open("Heap in use before and after each collection");
    s.append(f.yAxis(v -> GcText.size((long) v)));
    s.append(polyline(f, points, true, "#d9822b"));
    s.append(polyline(f, points, false, "#2b6cd9"));
    s.append(legend("before GC", "#d9822b", 0)).append(legend("after GC", "#2b6cd9", 110));
    return s.append("</svg>\n").toString();
  }

  static String pauses(List<TimelinePoint> points) {
    double max = 0;
    for (TimelinePoint p : points) {
      max = Math.max(max, p.pauseMs());
    }
    if (max <= 0) {
      return "<p>No pauses in this log.</p>";
    }
    Frame f = new Frame(points, max);
    StringBuilder s = f.open("Pause durations over time");
    s.append(f.yAxis(v -> String.format(Locale.ROOT, "%.1f ms", v)));
    for (TimelinePoint p : points) {
      if (p.pauseMs() > 0) {
        double x = f.x(p.seconds());
        s.append(String.format(Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1.5\"/>",
            x, f.y(0), x, f.y(p.pauseMs()), p.full() ? "#c62828" : "#555"));
      }
    }
    s.append(legend("pause", "#555", 0)).append(legend("Full GC", "#c62828", 110));
    return s.append("</svg>\n").toString();
  }

  private static String polyline(Frame f, List<TimelinePoint> points, boolean before, String color) {
    StringBuilder s = new StringBuilder("<polyline fill=\"none\" stroke=\"" + color + "\" stroke-width=\"1.2\" points=\"");
    for (TimelinePoint p : points) {
      long v = before ? p.heapBeforeBytes() : p.heapAfterBytes();
      if (v >= 0) {
        s.append(String.format(Locale.ROOT, "%.1f,%.1f ", f.x(p.seconds()), f.y(v)));
      }
    }
    return s.append("\"/>\n").toString();
  }

  private static String legend(String label, String color, int dx) {
    int x = LEFT + 10 + dx;
    return String.format(Locale.ROOT,
        "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"4\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>%n",
        x, TOP + 6, color, x + 16, TOP + 11, label);
  }

  /** Maps seconds and values onto the plot area. */
  private static final class Frame {
    final double t0;
    final double t1;
    final double max;

    Frame(List<TimelinePoint> points, double max) {
      this.t0 = points.get(0).seconds();
      double end = points.get(points.size() - 1).seconds();
      this.t1 = end > t0 ? end : t0 + 1;
      this.max = max * 1.05;
    }

    double x(double t) {
      return LEFT + (t - t0) / (t1 - t0) * (W - LEFT - RIGHT);
    }

    double y(double v) {
      return TOP + (1 - v / max) * (H - TOP - BOTTOM);
    }

    StringBuilder open(String title) {
      StringBuilder s = new StringBuilder();
      s.append(String.format(Locale.ROOT,
          "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n",
          W, H, W, H, title));
      s.append("<title>").append(title).append("</title>\n");
      s.append(String.format(Locale.ROOT,
          "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#fafafa\" stroke=\"#ccc\"/>%n",
          LEFT, TOP, W - LEFT - RIGHT, H - TOP - BOTTOM));
      for (int i = 0; i <= TICKS; i++) {
        double t = t0 + (t1 - t0) * i / TICKS;
        s.append(String.format(Locale.ROOT,
            "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>%n",
            x(t), H - 12, GcText.seconds(t)));
      }
      return s;
    }

    String yAxis(java.util.function.DoubleFunction<String> label) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i <= TICKS; i++) {
        double v = max * i / TICKS;
        s.append(String.format(Locale.ROOT,
            "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e5e5e5\"/>"
                + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>%n",
            LEFT, y(v), W - RIGHT, y(v), LEFT - 4, y(v) + 3, label.apply(v)));
      }
      return s.toString();
    }
  }
}
