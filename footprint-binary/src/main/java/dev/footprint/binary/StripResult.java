package dev.footprint.binary;

import java.util.List;

/** What a strip did: sizes before and after and the sections it dropped, in file order. */
public record StripResult(long inputBytes, long outputBytes, List<String> removedSections) {
  public StripResult {
    removedSections = List.copyOf(removedSections);
  }

  public long savedBytes() {
    return inputBytes - outputBytes;
  }
}
