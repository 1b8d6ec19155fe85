package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Node;
import java.util.List;

/** {@code ENV} (or {@code LABEL} when {@link #label()}): pairs with values expanded and unquoted. */
public record Env(Node node, boolean label, List<KeyValue> pairs) implements Instruction {
  public Env {
    pairs = List.copyOf(pairs);
  }
}
