package dev.footprint.gc.internal.parse;

/** Counts the lines a parser recognised as GC lines, to tell an empty analysis from a wrong file. */
public final class LineCounter {
  private long gcLines;
  private long skipped;

  public void skipped() {
    skipped++;
  }

  public long skippedLines() {
    return skipped;
  }

  public void gcLine() {
    gcLines++;
  }

  public long gcLines() {
    return gcLines;
  }
}
