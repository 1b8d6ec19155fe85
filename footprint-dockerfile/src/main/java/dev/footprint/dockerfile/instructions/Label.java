package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Node;
import java.util.List;

/** {@code LABEL}: image metadata pairs, expanded. */
public record Label(Node node, List<KeyValue> pairs) implements Instruction {
  public Label {
    pairs = List.copyOf(pairs);
  }
}
