package dev.footprint.dockerfile.internal.parser;

import java.util.ArrayList;
import java.util.List;

/** The file's lines, each with its line end kept (heredoc bodies need them verbatim). */
final class PhysicalLines {
  private final String text;
  private final List<String> lines = new ArrayList<>();
  private int pos;
  private boolean crlf;

  PhysicalLines(String text) {
    this.text = text;
    int p = 0;
    while (p < text.length()) {
      int nl = text.indexOf('\n', p);
      int end = nl < 0 ? text.length() : nl;
      if (end > p && text.charAt(end - 1) == '\r') {
        crlf = true;
        lines.add(text.substring(p, end - 1));
      } else {
        lines.add(text.substring(p, end));
      }
      p = nl < 0 ? text.length() : nl + 1;
    }
  }

  /** The next line with its line end, or null at the end. */
  String next() {
    if (pos >= text.length()) {
      return null;
    }
    int nl = text.indexOf('\n', pos);
    int end = nl < 0 ? text.length() : nl + 1;
    String line = text.substring(pos, end);
    pos = end;
    return line;
  }

  List<String> lines() {
    return lines;
  }

  boolean crlf() {
    return crlf;
  }
}
