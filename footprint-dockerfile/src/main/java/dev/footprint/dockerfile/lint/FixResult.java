package dev.footprint.dockerfile.lint;

import java.util.List;

/**
 * The outcome of {@code --fix} on one file.
 *
 * @param original the text as read
 * @param fixed the rewritten text (equal to original when nothing was fixable)
 * @param applied rule ids whose fixes were applied, one per rewrite
 */
public record FixResult(String file, String original, String fixed, List<String> applied) {
  public FixResult {
    applied = List.copyOf(applied);
  }

  public boolean changed() {
    return !original.equals(fixed);
  }
}
