package dev.footprint.binary;

/** One ELF program header (PE files have none). {@code typeName} is readelf's name, e.g. LOAD. */
public record Segment(
    long type,
    String typeName,
    long flags,
    long offset,
    long virtualAddress,
    long fileSize,
    long memorySize) {

  public static final long PT_LOAD = 1;
  public static final long PT_DYNAMIC = 2;
  public static final long PT_INTERP = 3;
  public static final long PT_NOTE = 4;
  public static final long PF_X = 1;
  public static final long PF_W = 2;
}
