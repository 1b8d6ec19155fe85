package dev.footprint.dockerfile.internal.shell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shell glob patterns ({@code ?}, {@code *}, escapes) for {@code ${VAR%pat}} and friends. */
final class Patterns {
  private Patterns() {}

  /** {@code ${v#p}}/{@code ${v##p}} (suffix=false) or {@code ${v%p}}/{@code ${v%%p}}. */
  static String trim(String value, String word, boolean suffix) {
    char op = suffix ? '%' : '#';
    boolean greedy = !word.isEmpty() && word.charAt(0) == op;
    String pattern = greedy ? word.substring(1) : word;
    Pattern re = Pattern.compile(toRegex(pattern));
    if (!suffix) {
      int best = -1;
      for (int end = 0; end <= value.length(); end++) {
        if (re.matcher(value.substring(0, end)).matches()) {
          best = end;
          if (!greedy) {
            break;
          }
        }
      }
      return best < 0 ? value : value.substring(best);
    }
    int best = -1;
    for (int start = value.length(); start >= 0; start--) {
      if (re.matcher(value.substring(start)).matches()) {
        best = start;
        if (!greedy) {
          break;
        }
      }
    }
    return best < 0 ? value : value.substring(0, best);
  }

  static String replace(String value, String pattern, String replacement, boolean all) {
    Matcher m = Pattern.compile(toRegex(pattern).replace(".*", ".*?")).matcher(value);
    String quoted = Matcher.quoteReplacement(replacement);
    return all ? m.replaceAll(quoted) : m.replaceFirst(quoted);
  }

  private static String toRegex(String glob) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*') {
        re.append(".*");
      } else if (c == '?') {
        re.append('.');
      } else if (c == '\\' && i + 1 < glob.length()) {
        re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return re.toString();
  }
}
