package dev.footprint.cli;

import dev.footprint.common.InvalidInputException;
import java.util.Locale;

/** Report formats of run and compare. */
enum ReportFormat {
  TEXT,
  JSON,
  MARKDOWN,
  HTML;

  static ReportFormat parse(String text) throws InvalidInputException {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("--format: '" + text + "' is not one of text, json, markdown, html");
    }
  }
}
