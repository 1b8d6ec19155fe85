package dev.footprint.report.inspect;

import dev.footprint.common.InvalidInputException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses byte amounts as dive does (go-humanize): case-insensitive, SI units (kB = 1000),
 * IEC units (KiB = 1024), a bare number is bytes. Stateless.
 */
public final class ByteThreshold {
  private static final Pattern SIZE = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([a-z]*)\\s*");

  private ByteThreshold() {}

  public static long parse(String text, String rule) throws InvalidInputException {
    Matcher m = SIZE.matcher(text.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new InvalidInputException("invalid size for " + rule + ": '" + text + "' (e.g. 20MB, 512MiB, 1000)");
    }
    double value = Double.parseDouble(m.group(1));
    long unit = switch (m.group(2)) {
      case "", "b", "byte", "bytes" -> 1L;
      case "k", "kb" -> 1000L;
      case "ki", "kib" -> 1L << 10;
      case "m", "mb" -> 1000_000L;
      case "mi", "mib" -> 1L << 20;
      case "g", "gb" -> 1000_000_000L;
      case "gi", "gib" -> 1L << 30;
      case "t", "tb" -> 1000_000_000_000L;
      case "ti", "tib" -> 1L << 40;
      default -> throw new InvalidInputException("invalid size unit for " + rule + ": '" + text + "'");
    };
    return (long) (value * unit);
  }
}
