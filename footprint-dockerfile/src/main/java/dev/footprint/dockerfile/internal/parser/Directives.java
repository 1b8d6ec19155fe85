package dev.footprint.dockerfile.internal.parser;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parser directives ({@code # syntax=}, {@code # escape=}, {@code # check=}), recognised only in
 * the unbroken run of directive lines at the top of the file. Not thread-safe: one per parse.
 */
final class Directives {
  private static final Pattern DIRECTIVE =
      Pattern.compile("^#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.+?)[ \t]*$");
  private static final Set<String> VALID = Set.of("syntax", "escape", "check");

  private final Map<String, String> seen = new LinkedHashMap<>();
  private boolean done;
  private char escape = '\\';

  char escape() {
    return escape;
  }

  Map<String, String> values() {
    return seen;
  }

  /** Looks at one line (newline trimmed); returns true when it was a directive. */
  boolean offer(String line) throws LineParsers.LineException {
    if (done) {
      return false;
    }
    Matcher m = line.startsWith("#") ? DIRECTIVE.matcher(line) : null;
    if (m == null || !m.matches()) {
      done = true;
      return false;
    }
    String key = m.group(1).toLowerCase(Locale.ROOT);
    if (!VALID.contains(key)) {
      done = true;
      return false;
    }
    if (seen.containsKey(key)) {
      throw new LineParsers.LineException("only one " + key + " parser directive can be used");
    }
    String value = m.group(2);
    seen.put(key, value);
    if (key.equals("escape")) {
      if (!value.equals("`") && !value.equals("\\")) {
        throw new LineParsers.LineException(
            "invalid escape token '" + value + "' does not match ` or \\");
      }
      escape = value.charAt(0);
    }
    return true;
  }
}
