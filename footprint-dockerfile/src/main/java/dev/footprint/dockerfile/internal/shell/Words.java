package dev.footprint.dockerfile.internal.shell;

import java.util.ArrayList;
import java.util.List;

/** Splits expanded text into words the way BuildKit does: unquoted whitespace separates. */
final class Words {
  private final StringBuilder buf = new StringBuilder();
  private final List<String> words = new ArrayList<>();
  private boolean inWord;

  void addChar(int ch) {
    boolean space = Chars.isSpace(ch);
    if (space && inWord) {
      if (buf.length() != 0) {
        words.add(buf.toString());
        buf.setLength(0);
        inWord = false;
      }
    } else if (!space) {
      addRawChar(ch);
    }
  }

  void addRawChar(int ch) {
    buf.appendCodePoint(ch);
    inWord = true;
  }

  void addString(String s) {
    s.codePoints().forEach(this::addChar);
  }

  void addRawString(String s) {
    buf.append(s);
    inWord = true;
  }

  List<String> get() {
    if (buf.length() > 0) {
      words.add(buf.toString());
      buf.setLength(0);
      inWord = false;
    }
    return words;
  }
}
