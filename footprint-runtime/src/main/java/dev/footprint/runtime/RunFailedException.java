package dev.footprint.runtime;

import dev.footprint.common.InvalidInputException;

/**
 * The measured program did not behave: it exited before it was ready, never became ready, died
 * during the measurement, or its port was taken. The message says which and ends with the last
 * lines it logged. Exit code 2: the user fixes the image, the probe or the host's port.
 */
public class RunFailedException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public RunFailedException(String message) {
    super(message);
  }
}
