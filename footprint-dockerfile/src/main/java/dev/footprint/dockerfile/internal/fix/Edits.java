package dev.footprint.dockerfile.internal.fix;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text edits used by rewrites; each leaves text it does not understand unchanged. */
public final class Edits {
  private Edits() {}

  /**
   * Inserts {@code insertion} after every match of {@code pattern} whose command (up to the next
   * {@code && || ; |} or unescaped line end) does not already contain {@code guard}.
   */
  public static String insertAfter(String text, Pattern pattern, String insertion, String guard) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String segment = text.substring(m.start(), commandEnd(text, m.end()));
      out.append(text, last, m.end());
      if (!segment.contains(guard)) {
        out.append(insertion);
      }
      last = m.end();
    }
    return out.append(text.substring(last)).toString();
  }

  /** Inserts {@code insertion} before every match whose command lacks {@code guard}. */
  public static String insertBefore(String text, Pattern pattern, String insertion, String guard) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      int start = commandStart(text, m.start());
      String segment = text.substring(start, commandEnd(text, m.end()));
      out.append(text, last, m.start());
      if (!segment.contains(guard)) {
        out.append(insertion);
      }
      last = m.start();
    }
    return out.append(text.substring(last)).toString();
  }

  /** Inserts {@code insertion} before the first match only. */
  public static String insertBeforeFirst(String text, Pattern pattern, String insertion) {
    Matcher m = pattern.matcher(text);
    return m.find() ? text.substring(0, m.start()) + insertion + text.substring(m.start()) : text;
  }

  /** Appends a command to the end of a shell-form RUN, continued on a new line. */
  public static String appendCommand(String text, String command, char escape) {
    String trimmed = text.stripTrailing();
    String indent = "    ";
    return trimmed + " " + escape + "\n" + indent + "&& " + command;
  }

  static int commandEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ';' || c == '|' || c == '&') {
        return i;
      }
      if (c == '\n' && (i == 0 || text.charAt(i - 1) != '\\' && text.charAt(i - 1) != '`')) {
        return i;
      }
    }
    return text.length();
  }

  static int commandStart(String text, int from) {
    for (int i = from - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == ';' || c == '|' || c == '&') {
        return i + 1;
      }
    }
    int keyword = text.indexOf(' ');
    return keyword < 0 ? 0 : Math.min(keyword, from);
  }
}
