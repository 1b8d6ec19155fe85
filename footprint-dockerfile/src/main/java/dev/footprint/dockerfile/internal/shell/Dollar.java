package dev.footprint.dockerfile.internal.shell;

/** Expands one {@code $NAME} or {@code ${NAME<modifier>word}} at the scanner's position. */
final class Dollar {
  private final Scan s;

  Dollar(Scan scan) {
    this.s = scan;
  }

  String process() throws ShellSyntaxException {
    s.next();
    if (s.peek() != '{') {
      String name = name();
      if (name.isEmpty()) {
        return "$";
      }
      String value = s.lookup(name);
      if (value == null && s.lexer().skipUnsetEnv()) {
        return "$" + name;
      }
      return value == null ? "" : value;
    }
    s.next();
    int first = s.peek();
    if (first == Scan.EOF) {
      throw new ShellSyntaxException("syntax error: missing '}'");
    }
    if (first == '{' || first == '}' || first == ':') {
      throw new ShellSyntaxException("syntax error: bad substitution");
    }
    String name = name();
    int ch = s.next();
    String chs = ch == Scan.EOF ? "" : Character.toString(ch);
    boolean nullIsUnset = false;
    if (ch == '}') {
      String value = s.lookup(name);
      if (value == null && s.lexer().skipUnsetEnv()) {
        return "${" + name + "}";
      }
      return value == null ? "" : value;
    }
    if (ch == '/') {
      return replace(name);
    }
    if (ch == ':') {
      nullIsUnset = true;
      ch = s.next();
      chs += ch == Scan.EOF ? "" : Character.toString(ch);
    }
    if (ch != '+' && ch != '-' && ch != '?' && ch != '#' && ch != '%') {
      throw new ShellSyntaxException("unsupported modifier (" + chs + ") in substitution");
    }
    boolean pattern = ch == '#' || ch == '%';
    if (nullIsUnset && pattern) {
      throw new ShellSyntaxException("unsupported modifier (" + chs + ") in substitution");
    }
    String word = wordUntil('}', pattern);
    String value = s.lookup(name);
    if (value == null && s.lexer().skipUnsetEnv()) {
      return "${" + name + chs + word + "}";
    }
    boolean empty = value == null || nullIsUnset && value.isEmpty();
    switch (ch) {
      case '-':
        return empty ? word : value;
      case '+':
        return empty ? "" : word;
      case '?':
        if (value == null) {
          throw new ShellSyntaxException(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
        }
        if (empty) {
          throw new ShellSyntaxException(name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word));
        }
        return value;
      default:
        return Patterns.trim(value == null ? "" : value, word, ch == '%');
    }
  }

  private String replace(String name) throws ShellSyntaxException {
    boolean all = s.peek() == '/';
    if (all) {
      s.next();
    }
    String pattern = wordUntil('/', true);
    String replacement = wordUntil('}', true);
    String value = s.lookup(name);
    if (value == null && s.lexer().skipUnsetEnv()) {
      return "${" + name + "/" + pattern + "/" + replacement + "}";
    }
    return Patterns.replace(value == null ? "" : value, pattern, replacement, all);
  }

  private String wordUntil(int stop, boolean raw) throws ShellSyntaxException {
    try {
      return s.stopOn(stop, raw).word();
    } catch (ShellSyntaxException e) {
      if (s.peek() == Scan.EOF) {
        throw new ShellSyntaxException(
            stop == '}' ? "syntax error: missing '}'" : "syntax error: missing '/' in ${}");
      }
      throw e;
    }
  }

  /** A name: letters, digits, underscore; or all digits; or one special parameter. */
  private String name() {
    StringBuilder name = new StringBuilder();
    while (s.peek() != Scan.EOF) {
      int ch = s.peek();
      if (name.length() == 0 && Character.isDigit(ch)) {
        while (s.peek() != Scan.EOF && Character.isDigit(s.peek())) {
          name.appendCodePoint(s.next());
        }
        return name.toString();
      }
      if (name.length() == 0 && "@*#?-$!0".indexOf(ch) >= 0) {
        return Character.toString(s.next());
      }
      if (!Character.isLetterOrDigit(ch) && ch != '_') {
        break;
      }
      name.appendCodePoint(s.next());
    }
    return name.toString();
  }
}
