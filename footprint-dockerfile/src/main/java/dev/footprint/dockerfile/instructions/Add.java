package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Heredoc;
import dev.footprint.dockerfile.Node;
import java.util.List;

/** {@code ADD SRC... DEST}: like COPY, but also fetches URLs and unpacks local archives. */
public record Add(Node node, List<String> sources, String dest, List<Heredoc> heredocs) implements FileTransfer {
  public Add {
    sources = List.copyOf(sources);
    heredocs = List.copyOf(heredocs);
  }

  /** ADD has no --from. */
  @Override
  public String from() {
    return null;
  }
}
