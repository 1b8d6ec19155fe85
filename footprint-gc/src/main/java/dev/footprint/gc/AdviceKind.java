package dev.footprint.gc;

/**
 * The constraint a piece of advice addresses, in the order advice is ranked: what can get the
 * program killed or cannot work at all comes first (a memory limit the heap does not fit), then
 * what bounds the collector's work (heap size, pause goal, allocation), then the finer causes of
 * collections (late marking, evacuation reserve, humongous objects, explicit GC), and last the
 * safety net that changes nothing while memory is plentiful.
 */
public enum AdviceKind {
  MEMORY_LIMIT("memory-limit"),
  HEAP_SIZE("heap-size"),
  PAUSE_GOAL("pause-goal"),
  ALLOCATION("allocation"),
  MARKING("marking"),
  EVACUATION("evacuation"),
  HUMONGOUS("humongous"),
  EXPLICIT_GC("explicit-gc"),
  LIMIT_SAFETY("limit-safety");

  private final String label;

  AdviceKind(String label) {
    this.label = label;
  }

  /** The name in JSON and docs ({@code memory-limit}). */
  public String label() {
    return label;
  }
}
