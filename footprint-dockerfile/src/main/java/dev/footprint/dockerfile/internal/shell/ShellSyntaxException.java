package dev.footprint.dockerfile.internal.shell;

/** A word BuildKit's lexer would reject: unterminated quote, bad substitution, missing brace. */
public final class ShellSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  public ShellSyntaxException(String message) {
    super(message);
  }
}
