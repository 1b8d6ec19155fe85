package dev.footprint.runtime.internal.linux;

import java.util.OptionalLong;

/**
 * Looks up {@code key value} lines as found in {@code /proc/PID/io} ({@code key: value}),
 * {@code memory.stat} and {@code cpu.stat} ({@code key value}) without building a map per read.
 */
public final class KeyValues {
  private KeyValues() {}

  /** The number after {@code key} at the start of a line, ignoring a ':' after the key. */
  public static OptionalLong find(String text, String key) {
    int from = 0;
    while (from < text.length()) {
      int at = text.indexOf(key, from);
      if (at < 0) {
        return OptionalLong.empty();
      }
      int end = at + key.length();
      boolean lineStart = at == 0 || text.charAt(at - 1) == '\n';
      if (lineStart && end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == ':')) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ':' || text.charAt(i) == '\t')) {
          i++;
        }
        int j = i;
        while (j < text.length() && Character.isDigit(text.charAt(j))) {
          j++;
        }
        if (j > i) {
          return OptionalLong.of(Long.parseLong(text, i, j, 10));
        }
        return OptionalLong.empty();
      }
      from = end;
    }
    return OptionalLong.empty();
  }
}
