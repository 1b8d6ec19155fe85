package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Node;
import java.util.List;

/** {@code CMD}. */
public record Cmd(Node node, List<String> args, boolean shellForm) implements StartCommand {
  public Cmd {
    args = List.copyOf(args);
  }
}
