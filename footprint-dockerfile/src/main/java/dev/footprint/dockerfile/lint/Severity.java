package dev.footprint.dockerfile.lint;

import java.util.Locale;

/** How much a finding matters; ordered from most to least severe. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** True when this is at least as severe as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code error|warning|info}, case-insensitively; null when unknown. */
  public static Severity parse(String s) {
    for (Severity v : values()) {
      if (v.label().equalsIgnoreCase(s.trim())) {
        return v;
      }
    }
    return null;
  }
}
