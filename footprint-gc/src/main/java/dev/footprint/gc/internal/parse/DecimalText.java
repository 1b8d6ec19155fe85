package dev.footprint.gc.internal.parse;

/**
 * Reads the plain numbers GC logs write (no sign, no exponent; a decimal dot, or a comma in some
 * locales) and says when a text is not one, so that a malformed line is found by a check rather
 * than by catching a failed parse, and any exception a parser throws is a bug.
 */
final class DecimalText {
  private static final int MAX_DIGITS = 18;

  private DecimalText() {}

  /** The decimal in {@code s[a..b)}, or NaN when it is not one. */
  static double decimal(String s, int a, int b) {
    if (a < 0 || b > s.length() || b - a < 1 || b - a > 2 * MAX_DIGITS) {
      return Double.NaN;
    }
    int separators = 0;
    int digits = 0;
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (c == '.' || c == ',') {
        separators++;
      } else if (c >= '0' && c <= '9') {
        digits++;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0 || separators > 1) {
      return Double.NaN;
    }
    return Double.parseDouble(s.substring(a, b).replace(',', '.'));
  }

  static double decimal(String s) {
    return decimal(s, 0, s.length());
  }

  /** The non-negative integer in {@code s[a..b)}, or -1 when it is not one (or too long). */
  static long integer(String s, int a, int b) {
    if (a < 0 || b > s.length() || b - a < 1 || b - a > MAX_DIGITS) {
      return -1;
    }
    long v = 0;
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
