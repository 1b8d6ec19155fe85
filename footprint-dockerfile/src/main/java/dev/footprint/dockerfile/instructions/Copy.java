package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Heredoc;
import dev.footprint.dockerfile.Node;
import java.util.List;

/**
 * {@code COPY} or {@code ADD} (see {@link #add()}).
 *
 * @param sources source paths, expanded
 * @param dest destination, expanded
 * @param from the --from value (stage name, index or image), or null
 */
public record Copy(Node node, boolean add, List<String> sources, String dest, String from, List<Heredoc> heredocs)
    implements Instruction {
  public Copy {
    sources = List.copyOf(sources);
    heredocs = List.copyOf(heredocs);
  }

  /** Copies the whole build context ({@code .}, {@code ./}, {@code *}). */
  public boolean copiesWholeContext() {
    return from == null && sources.stream().anyMatch(s -> s.equals(".") || s.equals("./") || s.equals("*") || s.equals("./*"));
  }
}
