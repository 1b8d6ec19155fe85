package dev.footprint.gc.internal.parse;

/** A log line kept as evidence for a finding: its 1-based number and its text (trimmed). */
public record Evidence(long lineNo, String text) {
  private static final int MAX_CHARS = 240;

  public static Evidence of(long lineNo, String line) {
    String t = line.strip();
    return new Evidence(lineNo, t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) + "…" : t);
  }

  @Override
  public String toString() {
    return "line " + lineNo + ": " + text;
  }
}
