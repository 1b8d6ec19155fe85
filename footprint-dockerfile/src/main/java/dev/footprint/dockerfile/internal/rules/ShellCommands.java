package dev.footprint.dockerfile.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a shell script into simple commands on unquoted {@code && || ; | & ( )} and newlines,
 * enough for rules to find {@code apt-get install} or {@code go build}. Not a full shell parser:
 * quoting is honoured, expansions are left as written.
 */
final class ShellCommands {
  private static final Set<String> WRAPPERS = Set.of("sudo", "env", "time", "nohup", "exec", "command");

  private ShellCommands() {}

  static List<Command> split(String script) {
    List<Command> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    int n = script.length();
    for (int i = 0; i < n; i++) {
      char c = script.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"' && i + 1 < n) {
          word.append(script.charAt(++i));
        } else {
          word.append(c);
        }
        continue;
      }
      if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (c == '\\' && i + 1 < n) {
        char next = script.charAt(++i);
        if (next != '\n') {
          word.append(next);
          inWord = true;
        }
      } else if (c == '&' || c == '|' || c == ';' || c == '\n' || c == '(' || c == ')') {
        inWord = flush(words, word, inWord);
        add(out, words);
        words = new ArrayList<>();
      } else if (c == ' ' || c == '\t' || c == '\r') {
        inWord = flush(words, word, inWord);
      } else if (c == '#' && !inWord) {
        while (i + 1 < n && script.charAt(i + 1) != '\n') {
          i++;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    flush(words, word, inWord);
    add(out, words);
    return out;
  }

  private static boolean isName(String w, int end) {
    for (int i = 0; i < end; i++) {
      char c = w.charAt(i);
      boolean ok = c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || i > 0 && c >= '0' && c <= '9';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean flush(List<String> words, StringBuilder word, boolean inWord) {
    if (inWord) {
      words.add(word.toString());
      word.setLength(0);
    }
    return false;
  }

  private static void add(List<Command> out, List<String> words) {
    Map<String, String> assignments = new LinkedHashMap<>();
    int i = 0;
    while (i < words.size()) {
      String w = words.get(i);
      int eq = w.indexOf('=');
      if (eq > 0 && isName(w, eq)) {
        assignments.put(w.substring(0, eq), w.substring(eq + 1));
        i++;
      } else if (WRAPPERS.contains(w)) {
        i++;
        while (i < words.size() && words.get(i).startsWith("-")) {
          i++;
        }
      } else {
        break;
      }
    }
    if (i < words.size() || !assignments.isEmpty()) {
      out.add(new Command(List.copyOf(words.subList(i, words.size())), assignments));
    }
  }
}
