package dev.footprint.cli;

import dev.footprint.common.InvalidInputException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses memory sizes as docker's --memory does: 512m, 1g, 256MiB, 1048576 (bytes). */
final class ByteSizeText {
  private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(i?b)?");

  private ByteSizeText() {}

  static long parse(String option, String text) throws InvalidInputException {
    Matcher m = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new InvalidInputException(option + ": not a size: '" + text + "' (use e.g. 512m, 1g)");
    }
    double v = Double.parseDouble(m.group(1));
    int shift =
        switch (m.group(2)) {
          case "k" -> 10;
          case "m" -> 20;
          case "g" -> 30;
          case "t" -> 40;
          default -> 0;
        };
    long bytes = Math.round(v * (1L << shift));
    if (bytes < 6L << 20) {
      throw new InvalidInputException(option + ": " + text + " is below the 6 MB a container needs");
    }
    return bytes;
  }
}
