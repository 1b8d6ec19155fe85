package dev.footprint.dockerfile.internal.parser;

import dev.footprint.dockerfile.Node;
import dev.footprint.dockerfile.internal.shell.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * The table from instruction keyword to the function that splits its arguments (BuildKit's {@code
 * line_parsers.go}). Unknown keywords keep one empty argument; rejecting them is not the parser's
 * job.
 */
final class LineParsers {
  private LineParsers() {}

  /** The arguments of one instruction. */
  record Args(List<String> words, Node sub, boolean json) {
    static final Args NONE = new Args(List.of(), null, false);

    static Args of(List<String> words) {
      return new Args(words, null, false);
    }
  }

  /** Thrown for lines BuildKit refuses, such as {@code ENV PATH} with no value. */
  static final class LineException extends Exception {
    private static final long serialVersionUID = 1L;

    LineException(String message) {
      super(message);
    }
  }

  interface SubParser {
    Node parse(String line) throws LineException;
  }

  static Args parse(String command, String rest, char escape, SubParser sub) throws LineException {
    switch (command) {
      case "add", "copy", "volume":
        return maybeJsonToList(rest);
      case "cmd", "entrypoint", "run", "shell":
        return maybeJson(rest);
      case "arg":
        return Args.of(WordSplitter.split(rest, escape));
      case "env":
        return nameVal(rest, "ENV", escape);
      case "label":
        return nameVal(rest, "LABEL", escape);
      case "expose", "from":
        return Args.of(whitespaceSplit(rest));
      case "healthcheck":
        return health(rest);
      case "maintainer", "stopsignal", "user", "workdir":
        return rest.isEmpty() ? Args.NONE : Args.of(List.of(rest));
      case "onbuild":
        return rest.isEmpty() ? Args.NONE : new Args(List.of(""), sub.parse(rest), false);
      default:
        return Args.of(List.of(""));
    }
  }

  static List<String> whitespaceSplit(String rest) {
    if (rest.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    int n = rest.length();
    while (i < n) {
      if (Chars.isArgSeparator(rest.charAt(i))) {
        out.add(rest.substring(start, i));
        while (i < n && Chars.isArgSeparator(rest.charAt(i))) {
          i++;
        }
        start = i;
      } else {
        i++;
      }
    }
    out.add(rest.substring(start));
    return out;
  }

  /** JSON array, or the whole text as one word; null when not JSON at all. */
  private static Args json(String rest) throws LineException {
    String t = Chars.trimLeft(rest);
    if (!t.startsWith("[")) {
      return null;
    }
    try {
      List<String> words = JsonArray.parse(t);
      return words == null ? null : new Args(words, null, true);
    } catch (JsonArray.NotStringArray e) {
      throw new LineException(e.getMessage());
    }
  }

  private static Args maybeJson(String rest) throws LineException {
    if (rest.isEmpty()) {
      return Args.NONE;
    }
    Args j = json(rest);
    return j != null ? j : Args.of(List.of(rest));
  }

  private static Args maybeJsonToList(String rest) throws LineException {
    Args j = json(rest);
    return j != null ? j : Args.of(whitespaceSplit(rest));
  }

  private static Args health(String rest) throws LineException {
    int sep = 0;
    while (sep < rest.length() && !Chars.isSpace(rest.charAt(sep))) {
      sep++;
    }
    int next = sep;
    while (next < rest.length() && Chars.isSpace(rest.charAt(next))) {
      next++;
    }
    if (sep == 0) {
      return Args.NONE;
    }
    Args cmd = maybeJson(rest.substring(next));
    List<String> words = new ArrayList<>();
    words.add(rest.substring(0, sep));
    words.addAll(cmd.words());
    return new Args(words, null, cmd.json());
  }

  private static Args nameVal(String rest, String key, char escape) throws LineException {
    List<String> words = WordSplitter.split(rest, escape);
    if (words.isEmpty()) {
      return Args.NONE;
    }
    List<String> out = new ArrayList<>();
    if (!words.get(0).contains("=")) {
      int i = 0;
      while (i < rest.length() && !Chars.isArgSeparator(rest.charAt(i))) {
        i++;
      }
      if (i == rest.length()) {
        throw new LineException(key + " must have two arguments");
      }
      int j = i;
      while (j < rest.length() && Chars.isArgSeparator(rest.charAt(j))) {
        j++;
      }
      out.add(rest.substring(0, i));
      out.add(rest.substring(j));
      out.add("");
      return Args.of(out);
    }
    for (String word : words) {
      int eq = word.indexOf('=');
      if (eq < 0) {
        throw new LineException(
            "Syntax error - can't find = in " + GoQuote.quote(word) + ". Must be of the form: name=value");
      }
      out.add(word.substring(0, eq));
      out.add(word.substring(eq + 1));
      out.add("=");
    }
    return Args.of(out);
  }
}
