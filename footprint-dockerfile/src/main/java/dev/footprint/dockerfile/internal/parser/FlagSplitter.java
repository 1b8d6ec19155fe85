package dev.footprint.dockerfile.internal.parser;

import dev.footprint.dockerfile.internal.shell.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes the leading {@code --flag} words off an instruction's arguments (BuildKit's {@code
 * extractBuilderFlags}): quotes and the escape token work inside flag words, a bare {@code --} ends
 * the flags.
 */
final class FlagSplitter {
  private FlagSplitter() {}

  record Split(List<String> flags, String rest) {}

  static Split split(String line, char escape) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inSpaces = true;
    boolean inQuote = false;
    char quote = 0;
    boolean blankOk = false;
    int n = line.length();
    for (int pos = 0; pos <= n; pos++) {
      char ch = pos < n ? line.charAt(pos) : 0;
      if (inSpaces) {
        if (pos == n) {
          break;
        }
        if (Chars.isSpace(ch)) {
          continue;
        }
        if (ch != '-' || pos + 1 == n || line.charAt(pos + 1) != '-') {
          return new Split(words, line.substring(pos));
        }
        inSpaces = false;
      }
      if (pos == n) {
        String w = word.toString();
        if (!w.equals("--") && (blankOk || w.length() > 0)) {
          words.add(w);
        }
        break;
      }
      if (!inQuote) {
        if (Chars.isSpace(ch)) {
          inSpaces = true;
          String w = word.toString();
          if (w.equals("--")) {
            return new Split(words, line.substring(pos));
          }
          if (blankOk || w.length() > 0) {
            words.add(w);
          }
          word.setLength(0);
          blankOk = false;
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
          blankOk = true;
          inQuote = true;
          continue;
        }
        if (ch == escape) {
          if (pos + 1 == n) {
            continue;
          }
          ch = line.charAt(++pos);
        }
        word.append(ch);
        continue;
      }
      if (ch == quote) {
        inQuote = false;
        continue;
      }
      if (ch == escape) {
        if (pos + 1 == n) {
          inQuote = false;
          continue;
        }
        ch = line.charAt(++pos);
      }
      word.append(ch);
    }
    return new Split(words, "");
  }
}
