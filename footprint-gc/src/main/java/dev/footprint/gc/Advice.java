package dev.footprint.gc;

import java.util.List;

/**
 * One tuning suggestion: set {@code flag} (a JVM option or Go environment variable) to
 * {@code value}, because of {@code reason}; {@code evidence} quotes the log lines and figures that
 * triggered it.
 */
public record Advice(String flag, String value, String reason, List<String> evidence) {
  public Advice {
    evidence = List.copyOf(evidence);
  }

  /** As typed on a command line: {@code GOGC=200}, {@code -Xmx2048m}, {@code -XX:+Flag}, {@code -XX:Flag=v}. */
  public String setting() {
    if (flag.startsWith("GO")) {
      return flag + "=" + value;
    }
    if (flag.startsWith("Xm")) {
      return "-" + flag + value;
    }
    if (value.equals("true") || value.equals("false")) {
      return "-XX:" + (value.equals("true") ? "+" : "-") + flag;
    }
    return "-XX:" + flag + "=" + value;
  }
}
