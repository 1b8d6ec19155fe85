package dev.footprint.dockerfile.internal.fix;

import java.util.function.UnaryOperator;

/**
 * A mechanical change to one instruction: a function over the text of its physical lines (joined
 * by {@code \n}, no final line end). An empty result deletes the lines. {@code startLine == 0}
 * means "normalise line ends to LF" for the whole file.
 */
public record Rewrite(int startLine, int endLine, UnaryOperator<String> edit) {
  public static Rewrite lineEndings() {
    return new Rewrite(0, 0, UnaryOperator.identity());
  }

  public boolean wholeFile() {
    return startLine == 0;
  }
}
