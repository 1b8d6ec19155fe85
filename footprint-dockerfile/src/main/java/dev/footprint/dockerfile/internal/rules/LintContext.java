package dev.footprint.dockerfile.internal.rules;

import dev.footprint.dockerfile.instructions.Dockerfile;
import dev.footprint.dockerfile.instructions.Env;
import dev.footprint.dockerfile.instructions.Instruction;
import dev.footprint.dockerfile.instructions.Run;
import dev.footprint.dockerfile.instructions.Stage;
import dev.footprint.dockerfile.lint.LintConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What rules look at: the typed Dockerfile, the build context directory (null when unknown), the
 * config, plus derived facts computed once (commands of each RUN). Not thread-safe: one per lint.
 */
public final class LintContext {
  private final Dockerfile dockerfile;
  private final Path contextDir;
  private final String dockerfileName;
  private final LintConfig config;
  private final Map<Run, List<Command>> commands = new IdentityHashMap<>();
  private List<Stage> feeding;
  private List<GoBuilds.Build> goBuilds;

  public LintContext(Dockerfile dockerfile, Path contextDir, String dockerfileName, LintConfig config) {
    this.dockerfile = dockerfile;
    this.contextDir = contextDir;
    this.dockerfileName = dockerfileName;
    this.config = config;
  }

  Dockerfile dockerfile() {
    return dockerfile;
  }

  Path contextDir() {
    return contextDir;
  }

  String dockerfileName() {
    return dockerfileName;
  }

  LintConfig config() {
    return config;
  }

  /** Simple commands of a RUN: its shell text, or heredoc bodies when the RUN feeds one to a shell. */
  List<Command> commands(Run run) {
    return commands.computeIfAbsent(run, r -> {
      List<Command> out = new ArrayList<>(ShellCommands.split(r.script()));
      r.heredocs().forEach(h -> out.addAll(ShellCommands.split(h.content())));
      return out;
    });
  }

  /** ENV in effect for an instruction of a stage: inherited stages, then this stage up to it. */
  Map<String, String> envBefore(Stage stage, Instruction at) {
    Map<String, String> env = new HashMap<>();
    for (Instruction i : stage.inherited()) {
      if (i == at) {
        break;
      }
      if (i instanceof Env e) {
        e.pairs().forEach(kv -> env.put(kv.key(), kv.value()));
      }
    }
    return env;
  }

  /** The stages whose output reaches the final image: shipped stages and stages copied from. */
  List<Stage> feedingFinal() {
    if (feeding == null) {
      feeding = computeFeeding();
    }
    return feeding;
  }

  /** Every go build that can reach the final image, computed once. */
  List<GoBuilds.Build> goBuilds() {
    if (goBuilds == null) {
      goBuilds = GoBuilds.find(this);
    }
    return goBuilds;
  }

  private List<Stage> computeFeeding() {
    List<Stage> out = new ArrayList<>(dockerfile.shipped());
    for (int i = 0; i < out.size(); i++) {
      for (Stage s : dockerfile.copiedFrom(out.get(i))) {
        for (Stage x = s; x != null; x = x.base()) {
          if (!out.contains(x)) {
            out.add(x);
          }
        }
      }
    }
    return out;
  }

  boolean shipped(Stage stage) {
    return dockerfile.shipped().contains(stage);
  }

  BaseKind finalBase() {
    return BaseKind.of(dockerfile.finalStage().root());
  }
}
