package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Node;
import java.util.List;

/** {@code HEALTHCHECK}, arguments as the parser split them. */
public record Healthcheck(Node node, List<String> args) implements Instruction {
  public Healthcheck {
    args = List.copyOf(args);
  }
}
