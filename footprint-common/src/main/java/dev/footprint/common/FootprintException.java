package dev.footprint.common;

/**
 * Base of the failures footprint reports to a user. Each subtype maps to one exit code in the CLI,
 * so library code throws the most specific subtype it can and never decides exit codes itself.
 */
public abstract class FootprintException extends Exception {
  private static final long serialVersionUID = 1L;

  protected FootprintException(String message) {
    super(message);
  }

  protected FootprintException(String message, Throwable cause) {
    super(message, cause);
  }
}
