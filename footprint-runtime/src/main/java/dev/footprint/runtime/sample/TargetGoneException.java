package dev.footprint.runtime.sample;

import dev.footprint.common.InvalidInputException;

/**
 * The watched process exited or its cgroup was removed. Watching treats it as the natural end;
 * before the first sample it means the user named something that does not exist (exit 2).
 */
public class TargetGoneException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public TargetGoneException(String message) {
    super(message);
  }
}
