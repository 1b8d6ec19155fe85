package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Node;
import java.util.List;

/** {@code VOLUME}, arguments as the parser split them. */
public record Volume(Node node, List<String> paths) implements Instruction {
  public Volume {
    paths = List.copyOf(paths);
  }
}
