package dev.footprint.common;

/**
 * Something the command needs is missing on this host: a container runtime, a tool, a permission.
 * Distinct from bad input because the user fixes the host, not the arguments. Exit code 3.
 */
public class UnavailableException extends FootprintException {
  private static final long serialVersionUID = 1L;

  public UnavailableException(String message) {
    super(message);
  }

  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
