package dev.footprint.report.compare;

/** The shell of a self-contained report page: inline CSS only, no script, no external resource. */
public final class HtmlPage {
  private static final String CSS =
      "body{font-family:sans-serif;margin:24px;color:#222;max-width:1100px}"
          + "table{border-collapse:collapse;margin:12px 0}td,th{border:1px solid #ccc;padding:4px 8px}"
          + "td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f4f4f4}"
          + ".better{color:#137333;font-weight:bold}.worse{color:#b3261e;font-weight:bold}"
          + ".charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:16px}"
          + ".charts svg{width:100%;height:auto;border:1px solid #eee}.note{color:#666;font-size:90%}";

  private HtmlPage() {}

  public static String wrap(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + SvgChart.esc(title) + "</title><style>" + CSS + "</style></head>\n<body>\n"
        + body + "</body></html>\n";
  }

  public static String esc(String s) {
    return SvgChart.esc(s);
  }
}
