package dev.footprint.report.compare;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Inline SVG charts for self-contained HTML reports: no script, no external font or stylesheet,
 * so the file renders offline and identically in any browser. Values are scaled into a fixed
 * viewBox; the browser scales the box to the page width.
 */
final class SvgChart {
  static final int W = 640;
  static final int H = 260;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 30;
  private static final int BOTTOM = 40;

  /** A named series of (x, y) points drawn as a polyline. */
  record Line(String name, String color, List<double[]> points, boolean faint) {}

  /** A named group of bar values, one per category. */
  record Bars(String name, String color, List<Double> values) {}

  private SvgChart() {}

  static String lines(String title, String xUnit, List<Line> series, DoubleFunction<String> yFormat) {
    double maxX = 0;
    double maxY = 0;
    for (Line s : series) {
      for (double[] p : s.points()) {
        maxX = Math.max(maxX, p[0]);
        maxY = Math.max(maxY, p[1]);
      }
    }
    maxX = maxX <= 0 ? 1 : maxX;
    maxY = niceCeiling(maxY);
    StringBuilder svg = open(title);
    axes(svg, maxY, yFormat);
    svg.append(text(LEFT + (W - LEFT - RIGHT) / 2.0, H - 8, "middle", "time (" + xUnit + ")"));
    svg.append(text(W - RIGHT, H - BOTTOM + 16, "end", fmt(maxX)));
    svg.append(text(LEFT, H - BOTTOM + 16, "start", "0"));
    for (Line s : series) {
      StringBuilder pts = new StringBuilder();
      for (double[] p : s.points()) {
        pts.append(fmt(x(p[0], maxX))).append(',').append(fmt(y(p[1], maxY))).append(' ');
      }
      svg.append("<polyline fill=\"none\" stroke=\"").append(s.color()).append("\" stroke-width=\"")
          .append(s.faint() ? "1" : "2").append("\" stroke-opacity=\"").append(s.faint() ? "0.45" : "1")
          .append("\" points=\"").append(pts.toString().trim()).append("\"/>\n");
    }
    legend(svg, series.stream().filter(s -> !s.faint()).map(s -> new String[] {s.name(), s.color()}).toList());
    return svg.append("</svg>\n").toString();
  }

  static String bars(String title, List<String> categories, List<Bars> groups, DoubleFunction<String> yFormat) {
    double maxY = 0;
    for (Bars g : groups) {
      for (double v : g.values()) {
        maxY = Math.max(maxY, v);
      }
    }
    maxY = niceCeiling(maxY);
    StringBuilder svg = open(title);
    axes(svg, maxY, yFormat);
    int n = Math.max(1, categories.size());
    double slot = (W - LEFT - RIGHT) / (double) n;
    double barW = slot * 0.8 / Math.max(1, groups.size());
    for (int c = 0; c < categories.size(); c++) {
      double x0 = LEFT + c * slot + slot * 0.1;
      for (int g = 0; g < groups.size(); g++) {
        Bars b = groups.get(g);
        double v = c < b.values().size() ? b.values().get(c) : 0;
        double top = y(v, maxY);
        svg.append("<rect x=\"").append(fmt(x0 + g * barW)).append("\" y=\"").append(fmt(top))
            .append("\" width=\"").append(fmt(Math.max(1, barW - 2))).append("\" height=\"")
            .append(fmt(H - BOTTOM - top)).append("\" fill=\"").append(b.color()).append("\"><title>")
            .append(esc(b.name() + " " + categories.get(c) + ": " + yFormat.apply(v))).append("</title></rect>\n");
      }
      svg.append(text(x0 + slot * 0.4, H - BOTTOM + 16, "middle", categories.get(c)));
    }
    legend(svg, groups.stream().map(g -> new String[] {g.name(), g.color()}).toList());
    return svg.append("</svg>\n").toString();
  }

  private static StringBuilder open(String title) {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ').append(H)
        .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\">\n");
    svg.append(text(W / 2.0, 18, "middle", title).replace("<text ", "<text font-weight=\"bold\" "));
    return svg;
  }

  private static void axes(StringBuilder svg, double maxY, DoubleFunction<String> yFormat) {
    for (int i = 0; i <= 4; i++) {
      double v = maxY * i / 4;
      double yy = y(v, maxY);
      svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"")
          .append(fmt(yy)).append("\" y2=\"").append(fmt(yy)).append("\" stroke=\"#ddd\"/>\n");
      svg.append(text(LEFT - 6, yy + 4, "end", yFormat.apply(v)));
    }
    svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP)
        .append("\" y2=\"").append(H - BOTTOM).append("\" stroke=\"#888\"/>\n");
  }

  private static void legend(StringBuilder svg, List<String[]> entries) {
    double x = LEFT + 8;
    for (String[] e : entries) {
      svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(TOP + 2)
          .append("\" width=\"10\" height=\"10\" fill=\"").append(e[1]).append("\"/>\n");
      svg.append(text(x + 14, TOP + 11, "start", e[0]));
      x += 24 + 7 * e[0].length();
    }
  }

  private static double x(double v, double maxX) {
    return LEFT + v / maxX * (W - LEFT - RIGHT);
  }

  private static double y(double v, double maxY) {
    return H - BOTTOM - v / maxY * (H - TOP - BOTTOM);
  }

  /** 1, 2 or 5 times a power of ten at or above {@code v}, so grid labels read well. */
  static double niceCeiling(double v) {
    if (v <= 0 || Double.isNaN(v)) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= v) {
        return m * p;
      }
    }
    return 10 * p;
  }

  private static String text(double x, double y, String anchor, String s) {
    return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor
        + "\" font-size=\"11\" font-family=\"sans-serif\">" + esc(s) + "</text>\n";
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
