package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Heredoc;
import dev.footprint.dockerfile.Node;
import java.util.List;

/** {@code COPY [--from=…] SRC... DEST}, paths expanded. */
public record Copy(Node node, List<String> sources, String dest, String from, List<Heredoc> heredocs)
    implements FileTransfer {
  public Copy {
    sources = List.copyOf(sources);
    heredocs = List.copyOf(heredocs);
  }
}
