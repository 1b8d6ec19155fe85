package dev.footprint.dockerfile.internal.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the exec form {@code ["a", "b"]} with Go's {@code encoding/json} rules: the whole text must
 * be valid JSON, else the caller falls back to shell form; valid JSON with a non-string element is
 * an error of its own.
 */
final class JsonArray {
  /** Valid JSON, but not an array of strings. */
  static final class NotStringArray extends Exception {
    private static final long serialVersionUID = 1L;

    NotStringArray() {
      super("Dockerfile JSON arrays must contain only strings");
    }
  }

  private final String s;
  private int pos;
  private boolean allStrings = true;

  private JsonArray(String s) {
    this.s = s;
  }

  /** The strings of the array, or null when the text is not valid JSON. */
  static List<String> parse(String text) throws NotStringArray {
    JsonArray p = new JsonArray(text);
    List<String> out = new ArrayList<>();
    try {
      p.ws();
      p.array(out);
      p.ws();
      if (p.pos != p.s.length()) {
        return null;
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (!p.allStrings) {
      throw new NotStringArray();
    }
    return out;
  }

  private void ws() {
    while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private char peek() {
    if (pos >= s.length()) {
      throw new IllegalArgumentException("end");
    }
    return s.charAt(pos);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw new IllegalArgumentException("expected " + c);
    }
    pos++;
  }

  private void array(List<String> top) {
    expect('[');
    ws();
    if (peek() == ']') {
      pos++;
      return;
    }
    while (true) {
      ws();
      if (peek() == '"') {
        String v = string();
        if (top != null) {
          top.add(v);
        }
      } else {
        if (top != null) {
          allStrings = false;
        }
        value();
      }
      ws();
      char c = peek();
      pos++;
      if (c == ']') {
        return;
      }
      if (c != ',') {
        throw new IllegalArgumentException("expected , or ]");
      }
    }
  }

  private void value() {
    char c = peek();
    if (c == '"') {
      string();
    } else if (c == '[') {
      array(null);
    } else if (c == '{') {
      object();
    } else if (c == '-' || c >= '0' && c <= '9') {
      number();
    } else if (!literal("true") && !literal("false") && !literal("null")) {
      throw new IllegalArgumentException("bad value");
    }
  }

  private boolean literal(String word) {
    if (s.startsWith(word, pos)) {
      pos += word.length();
      return true;
    }
    return false;
  }

  private void object() {
    expect('{');
    ws();
    if (peek() == '}') {
      pos++;
      return;
    }
    while (true) {
      ws();
      string();
      ws();
      expect(':');
      ws();
      value();
      ws();
      char c = peek();
      pos++;
      if (c == '}') {
        return;
      }
      if (c != ',') {
        throw new IllegalArgumentException("expected , or }");
      }
    }
  }

  private void number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else {
      digits();
    }
    if (pos < s.length() && s.charAt(pos) == '.') {
      pos++;
      digits();
    }
    if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      digits();
    }
    if (pos == start) {
      throw new IllegalArgumentException("bad number");
    }
  }

  private void digits() {
    int start = pos;
    while (pos < s.length() && Character.isDigit(s.charAt(pos)) && s.charAt(pos) < 128) {
      pos++;
    }
    if (pos == start) {
      throw new IllegalArgumentException("digit expected");
    }
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = peek();
      pos++;
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw new IllegalArgumentException("control character in string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = peek();
      pos++;
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> out.append(unicode());
        default -> throw new IllegalArgumentException("bad escape");
      }
    }
  }

  private char unicode() {
    if (pos + 4 > s.length()) {
      throw new IllegalArgumentException("short \\u");
    }
    try {
      char c = (char) Integer.parseInt(s.substring(pos, pos + 4), 16);
      pos += 4;
      return c;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad \\u", e);
    }
  }
}
