package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Node;
import java.util.List;

/** {@code ARG name[=default] ...}; a null value means no default. */
public record Arg(Node node, List<KeyValue> args) implements Instruction {
  public Arg {
    args = List.copyOf(args);
  }
}
