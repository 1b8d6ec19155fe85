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

  /** True for a line that starts like a gctrace line ({@code gc 12 @3.2s …ms clock}), read or not. */
  static boolean looksLikeOne(String line) {
    int at = line.indexOf("gc ");
    while (at >= 0) {
      if (at == 0 || !Character.isLetterOrDigit(line.charAt(at - 1))) {
        int p = at + 3;
        while (p < line.length() && Character.isDigit(line.charAt(p))) {
          p++;
        }
        if (p > at + 3 && line.startsWith(" @", p)) {
          return line.indexOf(" ms clock", p) > 0;
        }
      }
      at = line.indexOf("gc ", at + 3);
    }
    return false;
  }

  /**
   * The STW pause of a clock field {@code a+b+c}: first plus last phase (the middle ones run
   * concurrently); NaN when it is not such a field.
   */
  private static double pauseMs(String clock) {
    int first = clock.indexOf('+');
    int last = clock.lastIndexOf('+');
    if (first < 0) {
      return Double.NaN;
    }
    return DecimalText.decimal(clock, 0, first) + DecimalText.decimal(clock, last + 1, clock.length());
  }

  private GoCycle cycle(long lineNo, String line) {
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
    double pause = pauseMs(s.substring(p, clockEnd));
    p = clockEnd + " ms clock, ".length();
    int cpuEnd = s.indexOf(" ms cpu, ", p);
    if (cpuEnd < 0) {
      return null;
    }
    double[] assistBackground = cpuSplit(s.substring(p, cpuEnd));
    if (Double.isNaN(pause) || Double.isNaN(seconds) || number < 0 || cpuPercent < 0) {
      return null;
    }
    p = cpuEnd + " ms cpu, ".length();
    long h0 = integer();
    skip("->");
    long h1 = integer();
    skip("->");
    long h2 = integer();
    if (h0 < 0 || h1 < 0 || h2 < 0 || !skip(" MB, ")) {
      return null;
    }
    long goal = integer();
    if (goal < 0 || !skip(" MB goal, ")) {
      return null;
    }
    long stacks = -1;
    long globals = -1;
    long n = integer();
    if (n >= 0 && skip(" MB stacks, ")) {
      stacks = n * MIB;
      n = integer();
      if (n >= 0 && (skip(" MB globals, ") || skip("MB globals, "))) {
        globals = n * MIB;
        n = integer();
      }
    }
    if (n < 0 || !skip(" P")) {
      return null;
    }
    boolean forced = s.startsWith(" (forced)", p);
    return new GoCycle(
        number, seconds, h0 * MIB, h1 * MIB, h2 * MIB, goal * MIB, stacks, globals, (int) n,
        cpuPercent, assistBackground[0], assistBackground[1], pause, forced, Evidence.of(lineNo, line));
  }

  /** From {@code d+e/f/g+h}: e (assist) and f (background mark); 0 when the shape differs. */
  private static double[] cpuSplit(String cpu) {
    int slash = cpu.indexOf('/');
    int plus = slash < 0 ? -1 : cpu.lastIndexOf('+', slash); // Go 1.5 has more phases before it
    int slash2 = slash < 0 ? -1 : cpu.indexOf('/', slash + 1);
    double assist = plus < 0 || slash2 < 0 ? Double.NaN : DecimalText.decimal(cpu, plus + 1, slash);
    double background = slash2 < 0 ? Double.NaN : DecimalText.decimal(cpu, slash + 1, slash2);
    return new double[] {Double.isNaN(assist) ? 0 : assist, Double.isNaN(background) ? 0 : background};
  }

  private boolean skip(String literal) {
    if (s.startsWith(literal, p)) {
      p += literal.length();
      return true;
    }
    return false;
  }

  /** The digits at the cursor, or -1 when there are none (the line is not a gctrace line). */
  private long integer() {
    int start = p;
    while (p < s.length() && Character.isDigit(s.charAt(p))) {
      p++;
    }
    return DecimalText.integer(s, start, p);
  }

  /** The decimal at the cursor, or NaN. */
  private double decimal() {
    int start = p;
    while (p < s.length() && (Character.isDigit(s.charAt(p)) || s.charAt(p) == '.')) {
      p++;
    }
    return DecimalText.decimal(s, start, p);
  }
}
