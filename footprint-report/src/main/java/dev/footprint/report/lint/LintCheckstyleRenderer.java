package dev.footprint.report.lint;

import dev.footprint.dockerfile.lint.Finding;
import dev.footprint.dockerfile.lint.LintResult;

/** Checkstyle XML, which Jenkins, GitLab and reviewdog read. */
public final class LintCheckstyleRenderer {
  private LintCheckstyleRenderer() {}

  public static String render(LintReport report) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n");
    for (LintResult r : report.results()) {
      out.append("  <file name=\"").append(xml(r.file())).append("\">\n");
      for (Finding f : r.findings()) {
        out.append("    <error line=\"").append(f.line()).append("\" column=\"1\" severity=\"")
            .append(f.severity().label()).append("\" message=\"").append(xml(f.message() + " (fix: " + f.fix() + ")"))
            .append("\" source=\"footprint.").append(f.rule()).append("\"/>\n");
      }
      out.append("  </file>\n");
    }
    return out.append("</checkstyle>\n").toString();
  }

  static String xml(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out.append("&#").append((int) c).append(';');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
