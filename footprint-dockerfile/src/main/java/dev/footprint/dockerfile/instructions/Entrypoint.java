package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Node;
import java.util.List;

/** {@code ENTRYPOINT}. */
public record Entrypoint(Node node, List<String> args, boolean shellForm) implements StartCommand {
  public Entrypoint {
    args = List.copyOf(args);
  }
}
