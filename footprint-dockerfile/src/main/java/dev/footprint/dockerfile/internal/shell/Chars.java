package dev.footprint.dockerfile.internal.shell;

/** Go's notion of white space ({@code unicode.IsSpace}), which the Dockerfile grammar is defined by. */
public final class Chars {
  private Chars() {}

  public static boolean isSpace(int ch) {
    switch (ch) {
      case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0:
        return true;
      default:
        return ch > 0xFF && Character.isWhitespace(ch) || ch == 0x2007 || ch == 0x202F;
    }
  }

  /** Trims Go white space from the left. */
  public static String trimLeft(String s) {
    int i = 0;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return s.substring(i);
  }

  /** Trims Go white space from both ends ({@code strings.TrimSpace}). */
  public static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** The separator BuildKit splits arguments on: {@code [\t\v\f\r ]}. */
  public static boolean isArgSeparator(char c) {
    return c == '\t' || c == 0x0B || c == '\f' || c == '\r' || c == ' ';
  }
}
