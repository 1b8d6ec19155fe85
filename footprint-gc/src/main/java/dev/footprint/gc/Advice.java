package dev.footprint.gc;

import java.util.List;

/**
 * One tuning suggestion: set {@code flag} (a JVM option, a Go environment variable, or the
 * container's {@code memory} limit) to {@code value}, because of {@code reason}. {@code kind} is
 * the constraint it addresses, and advice lists are ordered by it, the binding constraint first;
 * {@code changes} names the figures of the log it is meant to change, with their values now;
 * {@code evidence} quotes the log lines and figures that triggered it.
 */
public record Advice(
    AdviceKind kind, String flag, String value, String reason, String changes, List<String> evidence) {
  /** The flag of advice to change the container's memory limit rather than a runtime setting. */
  public static final String CONTAINER_MEMORY = "memory";

  public Advice {
    evidence = List.copyOf(evidence);
  }

  /**
   * As typed on a command line: {@code GOGC=200}, {@code -Xmx2048m}, {@code -XX:+Flag}, {@code
   * -XX:Flag=v}, and for the container's limit {@code --memory=96m} (docker and podman run).
   */
  public String setting() {
    if (flag.equals(CONTAINER_MEMORY)) {
      return "--memory=" + value;
    }
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
