package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Node;
import java.util.List;

/** {@code EXPOSE}, arguments as the parser split them. */
public record Expose(Node node, List<String> ports) implements Instruction {
  public Expose {
    ports = List.copyOf(ports);
  }
}
