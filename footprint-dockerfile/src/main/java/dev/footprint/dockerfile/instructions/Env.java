package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Node;
import java.util.List;

/** {@code ENV}: pairs with values expanded and unquoted, each seeing values from before the line. */
public record Env(Node node, List<KeyValue> pairs) implements Instruction {
  public Env {
    pairs = List.copyOf(pairs);
  }
}
