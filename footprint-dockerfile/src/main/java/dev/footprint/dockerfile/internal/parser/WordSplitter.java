package dev.footprint.dockerfile.internal.parser;

import dev.footprint.dockerfile.internal.shell.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits ENV, LABEL and ARG arguments into words on unquoted white space, keeping quotes and escape
 * tokens in the words (BuildKit's {@code parseWords}); expansion happens later.
 */
final class WordSplitter {
  private WordSplitter() {}

  static List<String> split(String rest, char escape) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inSpaces = true;
    boolean inQuote = false;
    char quote = 0;
    boolean blankOk = false;
    int n = rest.length();
    for (int pos = 0; pos <= n; pos++) {
      char ch = pos < n ? rest.charAt(pos) : 0;
      if (inSpaces) {
        if (pos == n) {
          break;
        }
        if (Chars.isSpace(ch)) {
          continue;
        }
        inSpaces = false;
      }
      if (pos == n) {
        if (blankOk || word.length() > 0) {
          words.add(word.toString());
        }
        break;
      }
      if (!inQuote) {
        if (Chars.isSpace(ch)) {
          inSpaces = true;
          if (blankOk || word.length() > 0) {
            words.add(word.toString());
          }
          word.setLength(0);
          blankOk = false;
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
          blankOk = true;
          inQuote = true;
        }
        if (ch == escape) {
          if (pos + 1 == n) {
            continue;
          }
          word.append(ch);
          ch = rest.charAt(++pos);
        }
        word.append(ch);
        continue;
      }
      if (ch == quote) {
        inQuote = false;
      }
      if (ch == escape && quote != '\'') {
        if (pos + 1 == n) {
          inQuote = false;
          continue;
        }
        word.append(ch);
        ch = rest.charAt(++pos);
      }
      word.append(ch);
    }
    return words;
  }
}
