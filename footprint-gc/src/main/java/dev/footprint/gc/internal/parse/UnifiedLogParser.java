package dev.footprint.gc.internal.parse;

import java.io.IOException;
import java.io.InputStream;

/**
 * Streams a JVM unified GC log ({@code -Xlog:gc}, {@code -Xlog:gc*}, any decorations, JDK 9 to
 * 25) into a sink. Only the final line of each pause (the one carrying its duration) counts as the
 * pause, so {@code gc,start} lines and per-phase details never double count; lines of different GC
 * ids may interleave and need no state beyond the current line.
 */
public final class UnifiedLogParser {
  private static final String STOPPED = "Total time for which application threads were stopped: ";

  private final Decorations d = new Decorations();
  private final long[] heap = new long[3];

  public long parse(InputStream in, GcEventSink sink, LineCounter counter) throws IOException {
    return ByteLines.forEach(
        in,
        new ByteLines.Handler() {
          @Override
          public boolean wants(byte[] b, int from, int to) {
            return UnifiedLineFilter.wants(b, from, to);
          }

          @Override
          public void overlong(long lineNo) {
            counter.overlong();
          }

          @Override
          public void accept(String line, long lineNo) {
            line(line, lineNo, sink, counter);
          }
        });
  }

  private void line(String line, long lineNo, GcEventSink sink, LineCounter counter) {
    if (!d.parse(line)) {
      return;
    }
    String tags = d.tags;
    // malformed figures are found by checks and counted as skipped lines: an exception here is a bug
    if (tags.startsWith("safepoint")) {
      safepoint(sink, counter);
    } else if (tags.startsWith("gc")) {
      gc(line, lineNo, tags, sink, counter);
    }
  }

  private void safepoint(GcEventSink sink, LineCounter counter) {
    String m = d.message;
    if (m.startsWith(STOPPED)) {
      int end = m.indexOf(' ', STOPPED.length());
      double seconds = DecimalText.decimal(m, STOPPED.length(), end);
      if (Double.isNaN(seconds)) {
        counter.skipped();
        return;
      }
      counter.gcLine();
      sink.event(d.seconds);
      sink.safepoint(d.seconds, seconds * 1000, true);
    } else if (m.startsWith("Safepoint \"")) {
      int total = m.lastIndexOf("Total: ");
      long ns = total < 0 ? -1 : DecimalText.integer(m, total + 7, m.indexOf(" ns", total));
      if (ns < 0) {
        counter.skipped();
        return;
      }
      counter.gcLine();
      sink.safepoint(d.seconds, ns / 1e6, false);
    }
  }

  private void gc(String line, long lineNo, String tags, GcEventSink sink, LineCounter counter) {
    String m = d.message;
    if (!m.startsWith("GC(")) {
      banner(m, sink);
      return;
    }
    int close = m.indexOf(") ");
    long id = close < 0 ? -1 : DecimalText.integer(m, 3, close);
    if (id < 0) {
      return;
    }
    sink.gcId(id);
    int p = close + 2;
    // generational ZGC prefixes the young/old generation: "GC(3) Y: Pause Mark Start"
    if (m.length() > p + 3 && m.charAt(p + 1) == ':' && m.charAt(p + 2) == ' ') {
      p += 3;
    }
    String rest = m.substring(p);
    boolean plainGc = tags.equals("gc");
    if (tags.equals("gc,heap")) {
      heapDetail(rest, lineNo, line, sink);
    } else if (rest.startsWith("Pause ") && (plainGc || tags.equals("gc,phases"))) {
      pause(rest, lineNo, line, sink, counter);
    } else if (!plainGc && !tags.equals("gc,phases")) {
      return;
    } else if (rest.startsWith("To-space exhausted")) {
      counter.gcLine();
      sink.evacuationFailure(d.seconds, Evidence.of(lineNo, line));
    } else if (rest.startsWith("Concurrent ")) {
      concurrent(rest, plainGc, sink, counter);
    } else if (plainGc && (rest.contains(" Collection (") || rest.startsWith("Garbage Collection"))) {
      zgcCycle(rest, sink, counter);
    }
  }

  private void pause(String rest, long lineNo, String line, GcEventSink sink, LineCounter c) {
    int end = rest.length();
    if (!rest.endsWith("ms")) {
      if (d.tags.equals("gc")) {
        c.skipped(); // announcements are tagged gc,start: a bare gc pause line was cut short
      }
      return;
    }
    int space = rest.lastIndexOf(' ');
    double ms = DecimalText.decimal(rest, space + 1, end - 2);
    if (Double.isNaN(ms) || space < 0) {
      c.skipped();
      return;
    }
    long before = -1;
    long after = -1;
    long committed = -1;
    int nameEnd = space;
    int prev = rest.lastIndexOf(' ', space - 1);
    if (prev > 0 && SizeText.transition(rest, prev + 1, space, heap)) {
      before = heap[0];
      after = heap[1];
      committed = heap[2];
      nameEnd = prev;
    }
    String title = rest.substring(0, nameEnd);
    int paren = title.indexOf(" (");
    String name = paren < 0 ? title : title.substring(0, paren);
    String cause = paren < 0 ? "" : title.substring(paren + 1);
    boolean full = name.startsWith("Pause Full");
    boolean young = name.equals("Pause Young") && !cause.startsWith("(Mixed)");
    c.gcLine();
    sink.event(d.seconds);
    Evidence evidence = Evidence.of(lineNo, line);
    sink.pause(new Pause(d.seconds, name, cause, ms, before, after, committed, full, young, evidence));
    if (cause.contains("Evacuation Failure")) {
      sink.evacuationFailure(d.seconds, evidence);
    }
  }

  private void concurrent(String rest, boolean plainGc, GcEventSink sink, LineCounter c) {
    c.gcLine();
    sink.event(d.seconds);
    boolean g1Cycle =
        rest.startsWith("Concurrent Cycle")
            || rest.startsWith("Concurrent Mark Cycle")
            || rest.startsWith("Concurrent Undo Cycle");
    if (g1Cycle && rest.endsWith("ms")) {
      int space = rest.lastIndexOf(' ');
      double ms = DecimalText.decimal(rest, space + 1, rest.length() - 2);
      if (Double.isNaN(ms)) {
        c.skipped();
        return;
      }
      sink.concurrentCycle(d.seconds, ms, rest.substring(0, space));
    } else if (plainGc && rest.endsWith("ms")) {
      // Shenandoah logs heap figures on its concurrent cleanup: "… 1593M->1282M(1606M) 0.199ms"
      int space = rest.lastIndexOf(' ');
      int prev = rest.lastIndexOf(' ', space - 1);
      if (prev > 0 && SizeText.transition(rest, prev + 1, space, heap)) {
        sink.heap(d.seconds, heap[0], heap[1], heap[2]);
      }
    }
  }

  /** ZGC: "Garbage Collection (Warmup) 208M(20%)->164M(16%)", or "Major Collection (…) …" (JDK 21+). */
  private void zgcCycle(String rest, GcEventSink sink, LineCounter c) {
    int space = rest.lastIndexOf(' ');
    int a = space + 1;
    int b = rest.length();
    if (rest.endsWith("s") && !rest.endsWith(")")) { // generational ZGC appends the cycle's duration
      b = space;
      space = rest.lastIndexOf(' ', b - 1);
      a = space + 1;
    }
    if (space < 0 || !SizeText.transition(rest, a, b, heap)) {
      return;
    }
    c.gcLine();
    sink.event(d.seconds);
    sink.heap(d.seconds, heap[0], heap[1], heap[2]);
    sink.concurrentCycle(d.seconds, Double.NaN, rest.substring(0, space));
  }

  private void heapDetail(String rest, long lineNo, String line, GcEventSink sink) {
    int colon = rest.indexOf(": ");
    if (colon < 0) {
      return;
    }
    String kind = rest.substring(0, colon);
    String v = rest.substring(colon + 2).strip();
    int arrow = v.indexOf("->");
    if (arrow < 0) {
      return;
    }
    if (kind.endsWith(" regions")) {
      int end = arrow + 2;
      while (end < v.length() && Character.isDigit(v.charAt(end))) {
        end++;
      }
      long before = DecimalText.integer(v, 0, arrow);
      long after = DecimalText.integer(v, arrow + 2, end);
      if (before < 0 || after < 0) {
        return; // a detail line: without it only the humongous and promotion figures are less sure
      }
      sink.regions(kind.substring(0, kind.length() - 8), before, after, line, lineNo);
    } else if (kind.equals("PSOldGen") || kind.equals("ParOldGen") || kind.equals("Tenured")) {
      int space = v.indexOf(' ');
      if (SizeText.transition(v, 0, space < 0 ? v.length() : space, heap)) {
        sink.oldGen(heap[0], heap[1]);
      }
    }
  }

  /** Lines without a GC id: the collector in use, region size, heap limits. */
  private void banner(String m, GcEventSink sink) {
    if (m.startsWith("Using ")) {
      sink.collector(collectorName(m.substring(6).strip()));
    } else if ((m.startsWith("Heap region size: ") || m.startsWith("Heap Region Size: ")) && m.length() > 18) {
      sink.regionSize(SizeText.bytes(m.substring(18).strip()));
    } else if (m.startsWith("Heap Max Capacity: ") || m.startsWith("Max Capacity: ")) {
      sink.maxHeap(SizeText.bytes(m.substring(m.indexOf(": ") + 2).strip()));
    } else if (m.startsWith("Memory: ")) {
      sink.availableMemory(SizeText.bytes(m.substring(8).strip()));
    } else if (m.startsWith("Heap address: ")) {
      int size = m.indexOf("size: ");
      int mb = size < 0 ? -1 : m.indexOf(" MB", size);
      long mib = mb < 0 ? -1 : DecimalText.integer(m, size + 6, mb);
      if (mib >= 0) {
        sink.maxHeap(mib << 20);
      }
    }
  }

  static String collectorName(String using) {
    if (using.startsWith("The Z Garbage Collector")) {
      return "ZGC";
    }
    if (using.startsWith("Concurrent Mark Sweep")) {
      return "CMS";
    }
    return using;
  }
}
