package dev.footprint.analyze;

import dev.footprint.common.InvalidInputException;
import java.util.Locale;

/** How much a finding matters, lowest first, so {@code compareTo} orders by weight. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  /** The JSON and CLI name: {@code info}, {@code warning}, {@code error}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity parse(String text) throws InvalidInputException {
    for (Severity s : values()) {
      if (s.id().equalsIgnoreCase(text.trim())) {
        return s;
      }
    }
    throw new InvalidInputException("invalid severity '" + text + "': expected info, warning or error");
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
