package dev.footprint.common;

/**
 * The input the user gave cannot be used: unreadable, malformed, corrupt, or failing a digest
 * check. The message names the input (file, blob, layer, line) so it can stand alone on one line.
 * Exit code 2.
 */
public class InvalidInputException extends FootprintException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
