package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Heredoc;
import dev.footprint.dockerfile.Node;
import java.util.List;

/**
 * {@code RUN}: shell or exec form, with its mounts and heredocs.
 *
 * @param script the shell text (shell form) or the exec words joined by spaces
 * @param exec true for the JSON form
 */
public record Run(Node node, String script, boolean exec, List<Mount> mounts, List<Heredoc> heredocs)
    implements Instruction {
  public Run {
    mounts = List.copyOf(mounts);
    heredocs = List.copyOf(heredocs);
  }

  /** True when a cache or tmpfs mount covers {@code dir} (or a parent of it). */
  public boolean cacheMounted(String dir) {
    return mounts.stream()
        .filter(m -> m.type().equals("cache") || m.type().equals("tmpfs"))
        .anyMatch(m -> m.target() != null && (dir.equals(m.target()) || dir.startsWith(m.target() + "/")));
  }
}
