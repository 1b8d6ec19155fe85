package dev.footprint.gc;

/** The GC log formats footprint reads; detected from the content of each file. */
public enum LogFormat {
  /** {@code GODEBUG=gctrace=1} output of a Go program, Go 1.5 to current. */
  GO_GCTRACE("Go gctrace"),
  /** JDK 9+ unified logging ({@code -Xlog:gc} or {@code -Xlog:gc*}), any decorations. */
  JVM_UNIFIED("JVM unified logging");

  private final String label;

  LogFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
