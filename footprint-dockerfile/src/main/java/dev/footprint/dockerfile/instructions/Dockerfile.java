package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.ParsedDockerfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Dockerfile with meaning: global ARGs, the stages, and the stage graph (FROM of earlier stages,
 * COPY --from).
 */
public record Dockerfile(ParsedDockerfile parsed, List<Arg> globalArgs, List<Stage> stages) {
  public Dockerfile {
    globalArgs = List.copyOf(globalArgs);
    stages = List.copyOf(stages);
  }

  public Stage finalStage() {
    return stages.get(stages.size() - 1);
  }

  /** The stage a {@code --from} or FROM value names: a stage name or index, else empty (an image). */
  public Optional<Stage> stage(String ref, int before) {
    if (ref == null) {
      return Optional.empty();
    }
    for (int i = 0; i < Math.min(before, stages.size()); i++) {
      Stage s = stages.get(i);
      if (ref.equalsIgnoreCase(s.name()) || ref.equals(Integer.toString(i))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The stages whose layers end up in the final image: the final stage and its FROM chain. */
  public List<Stage> shipped() {
    List<Stage> out = new ArrayList<>();
    for (Stage s = finalStage(); s != null; s = s.base()) {
      out.add(0, s);
    }
    return out;
  }

  /** Stages the given stage copies from with COPY --from, directly. */
  public List<Stage> copiedFrom(Stage stage) {
    List<Stage> out = new ArrayList<>();
    for (FileTransfer c : stage.all(FileTransfer.class)) {
      stage(c.from(), stage.index()).filter(s -> !out.contains(s)).ifPresent(out::add);
    }
    return out;
  }

  /** True when the target is Windows: a Windows base image or platform in any stage. */
  public boolean windowsTarget() {
    return stages.stream().map(Stage::root).anyMatch(f -> {
      String img = f.image().toLowerCase(java.util.Locale.ROOT);
      String platform = f.platform() == null ? "" : f.platform().toLowerCase(java.util.Locale.ROOT);
      return platform.startsWith("windows") || img.contains("windows/servercore")
          || img.contains("windows/nanoserver") || img.contains("mcr.microsoft.com/windows")
          || img.contains("nanoserver") || img.contains("servercore");
    });
  }
}
