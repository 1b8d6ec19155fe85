package dev.footprint.gc.internal.parse;

/**
 * Reads one {@code GODEBUG=gctrace=1} line by hand (no regex: a 1 GB log has millions of them).
 * Accepts Go 1.5 to current: 3 or 5 clock phases, with or without {@code MB stacks}/{@code MB
 * globals}, with an optional {@code (forced)} suffix, after any prefix a log collector added.
 */
final class GoTraceLine {
  private static final long MIB = 1L << 20;

  private final String s;
  private int p;

  private GoTraceLine(String s, int start) {
    this.s = s;
    this.p = start;
  }

  /** The cycle, or null when the line is not a gctrace line (application output, scvg lines). */
  static GoCycle parse(String line, long lineNo) {
    int at = line.indexOf("gc ");
    while (at >= 0) {
      if (at == 0 || !Character.isLetterOrDigit(line.charAt(at - 1))) {
        GoCycle c = new GoTraceLine(line, at + 3).cycle(lineNo, line);
        if (c != null) {
          return c;
        }
      }
      at = line.indexOf("gc ", at + 3);
    }
    return null;
  }

  /** The STW pause of a parsed line: first plus last clock phase (the middle ones run concurrently). */
  static double pauseMs(String line) {
    int clock = line.indexOf(" ms clock");
    int colon = line.lastIndexOf(": ", clock);
    if (clock < 0 || colon < 0) {
      return Double.NaN;
    }
    String[] parts = line.substring(colon + 2, clock).split("\\+");
    return Double.parseDouble(parts[0]) + Double.parseDouble(parts[parts.length - 1]);
  }

  private GoCycle cycle(long lineNo, String line) {
    try {
      long number = integer();
      if (!skip(" @")) {
        return null;
      }
      double seconds = decimal();
      if (!skip("s ")) {
        return null;
      }
      int cpuPercent = (int) integer();
      if (!skip("%: ")) {
        return null;
      }
      int clockEnd = s.indexOf(" ms clock, ", p);
      if (clockEnd < 0) {
        return null;
      }
      p = clockEnd + " ms clock, ".length();
      int cpuEnd = s.indexOf(" ms cpu, ", p);
      if (cpuEnd < 0) {
        return null;
      }
      double[] assistBackground = cpuSplit(s.substring(p, cpuEnd));
      p = cpuEnd + " ms cpu, ".length();
      long h0 = integer();
      skip("->");
      long h1 = integer();
      skip("->");
      long h2 = integer();
      if (!skip(" MB, ")) {
        return null;
      }
      long goal = integer();
      if (!skip(" MB goal, ")) {
        return null;
      }
      long stacks = -1;
      long globals = -1;
      long n = integer();
      if (skip(" MB stacks, ")) {
        stacks = n * MIB;
        n = integer();
        if (skip(" MB globals, ") || skip("MB globals, ")) {
          globals = n * MIB;
          n = integer();
        }
      }
      if (!skip(" P")) {
        return null;
      }
      boolean forced = s.startsWith(" (forced)", p);
      return new GoCycle(
          number, seconds, h0 * MIB, h1 * MIB, h2 * MIB, goal * MIB, stacks, globals, (int) n,
          cpuPercent, assistBackground[0], assistBackground[1], forced, Evidence.of(lineNo, line));
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      return null;
    }
  }

  /** From {@code d+e/f/g+h}: e (assist) and f (background mark); 0 when the shape differs. */
  private static double[] cpuSplit(String cpu) {
    int slash = cpu.indexOf('/');
    int plus = slash < 0 ? -1 : cpu.lastIndexOf('+', slash); // Go 1.5 has more phases before it
    int slash2 = slash < 0 ? -1 : cpu.indexOf('/', slash + 1);
    if (plus < 0 || slash2 < 0) {
      return new double[] {0, 0};
    }
    return new double[] {
      Double.parseDouble(cpu.substring(plus + 1, slash)),
      Double.parseDouble(cpu.substring(slash + 1, slash2))
    };
  }

  private boolean skip(String literal) {
    if (s.startsWith(literal, p)) {
      p += literal.length();
      return true;
    }
    return false;
  }

  private long integer() {
    int start = p;
    long v = 0;
    while (p < s.length() && Character.isDigit(s.charAt(p))) {
      v = v * 10 + (s.charAt(p++) - '0');
    }
    if (p == start) {
      throw new NumberFormatException("digit expected at " + start);
    }
    return v;
  }

  private double decimal() {
    int start = p;
    while (p < s.length() && (Character.isDigit(s.charAt(p)) || s.charAt(p) == '.')) {
      p++;
    }
    return Double.parseDouble(s.substring(start, p));
  }
}
