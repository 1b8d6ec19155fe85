package dev.footprint.gc.internal.parse;

/**
 * Reads the memory figures runtimes write in their logs: HotSpot's {@code 14M}, {@code 3644K},
 * {@code 1G}, {@code 512B}, and a Go {@code GOMEMLIMIT} value ({@code 512MiB}).
 */
final class SizeText {
  private SizeText() {}

  /** Bytes of {@code s[a..b)}, or -1 when it is not a size. */
  static long bytes(String s, int a, int b) {
    if (b - a < 2) {
      return -1;
    }
    long v = 0;
    for (int i = a; i < b - 1; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return switch (s.charAt(b - 1)) {
      case 'B' -> v;
      case 'K' -> v << 10;
      case 'M' -> v << 20;
      case 'G' -> v << 30;
      case 'T' -> v << 40;
      default -> -1;
    };
  }

  /**
   * A {@code GOMEMLIMIT} value as the Go runtime reads it: an integer with an optional {@code B},
   * {@code KiB}, {@code MiB}, {@code GiB} or {@code TiB} suffix; -1 for {@code off} or anything else.
   */
  static long goBytes(String s) {
    String[] units = {"TiB", "GiB", "MiB", "KiB", "B"};
    int shift = 0;
    String digits = s;
    for (int i = 0; i < units.length; i++) {
      if (s.endsWith(units[i])) {
        shift = 10 * (units.length - 1 - i);
        digits = s.substring(0, s.length() - units[i].length());
        break;
      }
    }
    if (digits.isEmpty() || digits.length() > 15 || !digits.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Long.parseLong(digits) << shift;
  }

  static long bytes(String s) {
    return bytes(s, 0, s.length());
  }

  /**
   * {@code before->after(committed)} at {@code s[a..b)} into {@code out}; ZGC's {@code
   * 10620M(5%)->8800M(4%)} form gives the committed size from the percentage. False if no match.
   */
  static boolean transition(String s, int a, int b, long[] out) {
    int arrow = s.indexOf("->", a);
    if (arrow < 0 || arrow >= b) {
      return false;
    }
    int open = s.indexOf('(', arrow);
    int close = open < 0 ? -1 : s.indexOf(')', open);
    if (close != b - 1) {
      return false;
    }
    int beforeEnd = s.indexOf('(', a);
    boolean percent = beforeEnd > 0 && beforeEnd < arrow && s.charAt(close - 1) == '%';
    // JDK 17+ generation lines carry the committed size on both sides: 0K(10944K)->2048K(10944K)
    boolean paren = beforeEnd > 0 && beforeEnd < arrow;
    long before = bytes(s, a, paren ? beforeEnd : arrow);
    long after = bytes(s, arrow + 2, open);
    if (before < 0 || after < 0) {
      return false;
    }
    long committed;
    if (percent) {
      long pct = bytes(s.substring(open + 1, close - 1) + "B");
      committed = pct > 0 ? after * 100 / pct : -1;
    } else {
      committed = bytes(s, open + 1, close);
      if (committed < 0) {
        return false;
      }
    }
    out[0] = before;
    out[1] = after;
    out[2] = committed;
    return true;
  }
}
