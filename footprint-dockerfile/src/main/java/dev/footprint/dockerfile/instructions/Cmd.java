package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Node;
import java.util.List;

/**
 * {@code CMD} or {@code ENTRYPOINT} (see {@link #entrypoint()}).
 *
 * @param args exec words, or the single shell text in shell form
 * @param shellForm true when not a JSON array
 */
public record Cmd(Node node, boolean entrypoint, List<String> args, boolean shellForm) implements Instruction {
  public Cmd {
    args = List.copyOf(args);
  }
}
