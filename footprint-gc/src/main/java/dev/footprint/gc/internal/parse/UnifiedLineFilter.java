package dev.footprint.gc.internal.parse;

/**
 * Decides on raw bytes whether a unified-logging line can carry a figure, so the rest of a gc*
 * log (phase, cpu, metaspace, task and marking detail: about two thirds of its lines) is never
 * decoded into a String.
 */
final class UnifiedLineFilter {
  private UnifiedLineFilter() {}

  /**
   * Keeps only the lines a figure comes from, judged on raw bytes: the tags (last decoration)
   * and, for detail tags, the first word of the message. Phase, cpu, metaspace, task and marking
   * detail of a gc* log (two thirds of its lines) is never decoded.
   */
  static boolean wants(byte[] b, int from, int to) {
    int p = from;
    int tagsStart = -1;
    int tagsEnd = -1;
    while (p < to && b[p] == '[') {
      int close = ByteLines.indexOf(b, p + 1, to, (byte) ']');
      if (close < 0) {
        return false;
      }
      tagsStart = p + 1;
      tagsEnd = close;
      p = close + 1;
    }
    if (tagsStart < 0) {
      return false;
    }
    while (tagsEnd > tagsStart && b[tagsEnd - 1] == ' ') {
      tagsEnd--;
    }
    while (p < to && b[p] == ' ') {
      p++;
    }
    if (ByteLines.equals(b, tagsStart, tagsEnd, "gc")
        || ByteLines.equals(b, tagsStart, tagsEnd, "gc,init")
        || ByteLines.equals(b, tagsStart, tagsEnd, "gc,heap,coops")) {
      return true;
    }
    if (ByteLines.equals(b, tagsStart, tagsEnd, "safepoint")) {
      return ByteLines.startsWith(b, p, to, "Total time") || ByteLines.startsWith(b, p, to, "Safepoint \"");
    }
    boolean heap = ByteLines.equals(b, tagsStart, tagsEnd, "gc,heap");
    if (!heap && !ByteLines.equals(b, tagsStart, tagsEnd, "gc,phases")) {
      return false;
    }
    if (!ByteLines.startsWith(b, p, to, "GC(")) {
      return heap; // banner lines such as "Heap region size: 1M"
    }
    int close = ByteLines.indexOf(b, p, to, ") ");
    if (close < 0) {
      return false;
    }
    int m = close + 2;
    if (to - m > 3 && b[m + 1] == ':' && b[m + 2] == ' ') {
      m += 3;
    }
    if (m >= to) {
      return false;
    }
    if (heap) {
      byte c = b[m];
      return c == 'O' || c == 'H' || c == 'P' || c == 'T'; // Old/Humongous regions, old generations
    }
    return ByteLines.startsWith(b, m, to, "Pause") || ByteLines.startsWith(b, m, to, "Concurrent");
  }

}
