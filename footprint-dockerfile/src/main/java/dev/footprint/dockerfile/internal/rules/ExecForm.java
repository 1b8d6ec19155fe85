package dev.footprint.dockerfile.internal.rules;

import java.util.ArrayList;
import java.util.List;

/** Turns a simple shell command line into exec-form words, when that keeps its meaning. */
final class ExecForm {
  private static final String SHELL_SYNTAX = "$`|&;<>()*?~{}[]#\n\\";

  private ExecForm() {}

  /** The words, or null when the text uses shell features that exec form would lose. */
  static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean in = false;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (quote == '"' && (c == '$' || c == '`' || c == '\\')) {
          return null;
        } else {
          w.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        in = true;
      } else if (c == ' ' || c == '\t') {
        if (in) {
          words.add(w.toString());
          w.setLength(0);
          in = false;
        }
      } else if (SHELL_SYNTAX.indexOf(c) >= 0) {
        return null;
      } else {
        w.append(c);
        in = true;
      }
    }
    if (quote != 0) {
      return null;
    }
    if (in) {
      words.add(w.toString());
    }
    return words.isEmpty() ? null : words;
  }

  static String json(List<String> words) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < words.size(); i++) {
      s.append(i == 0 ? "" : ", ").append('"');
      for (char c : words.get(i).toCharArray()) {
        if (c == '"' || c == '\\') {
          s.append('\\');
        }
        s.append(c);
      }
      s.append('"');
    }
    return s.append(']').toString();
  }
}
