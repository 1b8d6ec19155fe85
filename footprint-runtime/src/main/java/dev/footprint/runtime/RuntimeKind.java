package dev.footprint.runtime;

import dev.footprint.common.InvalidInputException;
import java.util.Locale;

/** How footprint starts the thing it measures. */
public enum RuntimeKind {
  RUNC,
  CRUN,
  PODMAN,
  DOCKER,
  /** A plain host command: compares two builds of a binary without containers. */
  PROCESS;

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isContainer() {
    return this != PROCESS;
  }

  public static RuntimeKind parse(String text) throws InvalidInputException {
    for (RuntimeKind k : values()) {
      if (k.cliName().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new InvalidInputException(
        "unknown runtime '" + text + "' (use runc, crun, podman, docker or process)");
  }
}
