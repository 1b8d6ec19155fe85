package dev.footprint.gc.internal.parse;

/**
 * Counts the lines a parser recognised as GC lines (to tell an empty analysis from a wrong file),
 * the GC lines it could not read (cut short, garbled) and the lines longer than {@link
 * ByteLines#MAX_LINE} it passed over unread.
 */
public final class LineCounter {
  private long gcLines;
  private long skipped;
  private long overlong;

  public void overlong() {
    overlong++;
  }

  public long overlongLines() {
    return overlong;
  }

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
