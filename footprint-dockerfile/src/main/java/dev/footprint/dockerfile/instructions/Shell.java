package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Node;
import java.util.List;

/** {@code SHELL ["executable", "params"]}. */
public record Shell(Node node, List<String> args) implements Instruction {
  public Shell {
    args = List.copyOf(args);
  }
}
