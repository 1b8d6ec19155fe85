package dev.footprint.dockerfile.internal.shell;

/** One pass of the lexer over one input; mirrors BuildKit's {@code shellWord}. Not thread-safe. */
final class Scan {
  static final int EOF = -1;

  private final ShellLexer lexer;
  private final int[] chars;
  private final EnvLookup env;
  private int pos;
  private boolean rawEscapes;

  Scan(ShellLexer lexer, String input, EnvLookup env) {
    this.lexer = lexer;
    this.chars = input.codePoints().toArray();
    this.env = env;
    this.rawEscapes = lexer.rawEscapes();
  }

  int peek() {
    return pos < chars.length ? chars[pos] : EOF;
  }

  int next() {
    return pos < chars.length ? chars[pos++] : EOF;
  }

  ShellLexer.Result stopOn(int stop, boolean raw) throws ShellSyntaxException {
    boolean saved = rawEscapes;
    rawEscapes = raw;
    try {
      return stopOnInner(stop);
    } finally {
      rawEscapes = saved;
    }
  }

  private ShellLexer.Result stopOnInner(int stop) throws ShellSyntaxException {
    StringBuilder result = new StringBuilder();
    Words words = new Words();
    while (peek() != EOF) {
      int ch = peek();
      if (stop != EOF && ch == stop) {
        next();
        return new ShellLexer.Result(result.toString(), words.get());
      }
      if (ch == '$') {
        String value = new Dollar(this).process();
        result.append(value);
        words.addString(value);
      } else if (ch == '\'') {
        String value = singleQuote();
        result.append(value);
        words.addRawString(value);
      } else if (ch == '"') {
        String value = doubleQuote();
        result.append(value);
        words.addRawString(value);
      } else {
        ch = next();
        if (ch == lexer.escape()) {
          if (rawEscapes) {
            words.addRawChar(ch);
            result.appendCodePoint(ch);
          }
          ch = next();
          if (ch == EOF) {
            break;
          }
          words.addRawChar(ch);
        } else {
          words.addChar(ch);
        }
        result.appendCodePoint(ch);
      }
    }
    if (stop != EOF) {
      throw new ShellSyntaxException(
          "unexpected end of statement while looking for matching " + Character.toString(stop));
    }
    return new ShellLexer.Result(result.toString(), words.get());
  }

  private String singleQuote() throws ShellSyntaxException {
    StringBuilder result = new StringBuilder();
    int ch = next();
    if (lexer.rawQuotes()) {
      result.appendCodePoint(ch);
    }
    while (true) {
      ch = next();
      if (ch == EOF) {
        throw new ShellSyntaxException(
            "unexpected end of statement while looking for matching single-quote");
      }
      if (ch == '\'') {
        if (lexer.rawQuotes()) {
          result.appendCodePoint(ch);
        }
        return result.toString();
      }
      result.appendCodePoint(ch);
    }
  }

  private String doubleQuote() throws ShellSyntaxException {
    StringBuilder result = new StringBuilder();
    int ch = next();
    if (lexer.rawQuotes()) {
      result.appendCodePoint(ch);
    }
    while (true) {
      int p = peek();
      if (p == EOF) {
        throw new ShellSyntaxException(
            "unexpected end of statement while looking for matching double-quote");
      } else if (p == '"') {
        next();
        if (lexer.rawQuotes()) {
          result.append('"');
        }
        return result.toString();
      } else if (p == '$') {
        result.append(new Dollar(this).process());
      } else {
        ch = next();
        if (ch == lexer.escape()) {
          if (rawEscapes) {
            result.appendCodePoint(ch);
          }
          int after = peek();
          if (after == EOF) {
            continue;
          }
          // Only these can be escaped inside double quotes; other escapes stay literal.
          if (after == '"' || after == '$' || after == lexer.escape()) {
            ch = next();
          }
        }
        result.appendCodePoint(ch);
      }
    }
  }

  ShellLexer lexer() {
    return lexer;
  }

  /** Value of a variable, or null when unset. */
  String lookup(String name) {
    return env.get(name);
  }
}
