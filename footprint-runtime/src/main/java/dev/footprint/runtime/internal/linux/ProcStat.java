package dev.footprint.runtime.internal.linux;

import java.io.IOException;

/**
 * The fields of {@code /proc/PID/stat} footprint needs. Times are in clock ticks (USER_HZ).
 *
 * @param state one-letter state; {@code Z} and {@code X} mean the process has ended
 * @param ppid parent pid
 * @param utime user ticks
 * @param stime system ticks
 * @param cutime user ticks of waited-for children
 * @param cstime system ticks of waited-for children
 * @param threads number of threads
 * @param rssPages resident pages
 */
public record ProcStat(
    char state, long ppid, long utime, long stime, long cutime, long cstime, long threads,
    long rssPages) {

  /** True once the process has exited (a zombie waiting for its parent counts as ended). */
  public boolean ended() {
    return state == 'Z' || state == 'X';
  }

  /**
   * Parses a stat line. The command name sits in parentheses and may itself contain spaces and
   * parentheses, so fields are counted from the last ')'.
   */
  public static ProcStat parse(String text) throws IOException {
    int close = text.lastIndexOf(')');
    if (close < 0) {
      throw new IOException("not a /proc stat line: " + abbreviate(text));
    }
    String[] f = text.substring(close + 1).trim().split(" +");
    // f[0] is field 3 (state) of proc(5); field n is f[n - 3].
    if (f.length < 22) {
      throw new IOException("short /proc stat line (" + f.length + " fields): " + abbreviate(text));
    }
    try {
      return new ProcStat(
          f[0].charAt(0),
          Long.parseLong(f[1]),
          Long.parseLong(f[11]),
          Long.parseLong(f[12]),
          Long.parseLong(f[13]),
          Long.parseLong(f[14]),
          Long.parseLong(f[17]),
          Long.parseLong(f[21]));
    } catch (NumberFormatException e) {
      throw new IOException("bad number in /proc stat line: " + abbreviate(text), e);
    }
  }

  private static String abbreviate(String s) {
    String line = s.strip();
    return line.length() > 80 ? line.substring(0, 80) + "…" : line;
  }
}
