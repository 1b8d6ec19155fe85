package dev.footprint.runtime.internal.jvm;

import dev.footprint.runtime.watch.ProbeValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code jstat -gc} output: a header naming columns ({@code S0C S1C S0U S1U EC EU OC OU MC
 * MU CCSC CCSU YGC YGCT FGC FGCT CGC CGCT GCT}, capacities and usages in KB) and value lines. Columns
 * are looked up by name because their set differs between JDKs; {@code -} means not applicable.
 */
public final class JstatLine {
  private final Map<String, Integer> columns = new HashMap<>();

  /** True if the line was the header (and is now remembered). */
  public boolean header(String line) {
    String[] f = line.trim().split("\\s+");
    if (f.length == 0 || !f[0].equals("S0C") && !f[0].equals("Timestamp")) {
      return false;
    }
    columns.clear();
    for (int i = 0; i < f.length; i++) {
      columns.put(f[i], i);
    }
    return true;
  }

  /** Figures from a value line; empty if no header was seen or the line is not numbers. */
  public List<ProbeValue> values(String line) {
    String[] f = line.trim().split("\\s+");
    if (columns.isEmpty() || f.length != columns.size()) {
      return List.of();
    }
    try {
      List<ProbeValue> out = new ArrayList<>();
      double heapUsed = kb(f, "S0U") + kb(f, "S1U") + kb(f, "EU") + kb(f, "OU");
      double heapCommitted = kb(f, "S0C") + kb(f, "S1C") + kb(f, "EC") + kb(f, "OC");
      out.add(new ProbeValue("jvm_heap_used", "bytes", false, heapUsed));
      out.add(new ProbeValue("jvm_heap_committed", "bytes", false, heapCommitted));
      out.add(new ProbeValue("jvm_old_used", "bytes", false, kb(f, "OU")));
      out.add(new ProbeValue("jvm_metaspace_used", "bytes", false, kb(f, "MU")));
      out.add(new ProbeValue("jvm_gc_count", "count", true, number(f, "YGC") + number(f, "FGC")));
      out.add(new ProbeValue("jvm_full_gc_count", "count", true, number(f, "FGC")));
      out.add(new ProbeValue("jvm_gc_seconds", "seconds", true, number(f, "GCT")));
      return out;
    } catch (NumberFormatException e) {
      return List.of();
    }
  }

  private double kb(String[] f, String column) {
    return number(f, column) * 1024;
  }

  private double number(String[] f, String column) {
    Integer i = columns.get(column);
    if (i == null || f[i].equals("-")) {
      return 0;
    }
    return Double.parseDouble(f[i]);
  }
}
