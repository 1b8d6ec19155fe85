package dev.footprint.dockerfile.internal.rules;

import dev.footprint.dockerfile.instructions.Instruction;
import dev.footprint.dockerfile.instructions.Run;
import dev.footprint.dockerfile.instructions.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every {@code go build} in the stages that feed the final image, with the settings in effect. */
final class GoBuilds {
  /** One go build command and what governs it. */
  record Build(Stage stage, Run run, Command command, Map<String, String> env, List<Command> before) {
    /** CGO_ENABLED as the build sees it: inline, exported earlier in the RUN, or ENV. */
    boolean cgoDisabled() {
      if (command.assignments().containsKey("CGO_ENABLED")) {
        return "0".equals(command.assignments().get("CGO_ENABLED"));
      }
      for (Command c : before) {
        if (c.name().equals("export") && c.has("CGO_ENABLED=0")) {
          return true;
        }
        if (c.is("go", "env") && c.has("-w") && c.has("CGO_ENABLED=0")) {
          return true;
        }
      }
      return "0".equals(env.get("CGO_ENABLED"));
    }

    boolean trimpath() {
      return command.hasPrefix("-trimpath") || command.hasPrefix("--trimpath")
          || env.getOrDefault("GOFLAGS", "").contains("-trimpath")
          || command.assignments().getOrDefault("GOFLAGS", "").contains("-trimpath");
    }

    /** True when -ldflags carries both -s and -w. */
    boolean stripped() {
      List<String> w = command.words();
      for (int i = 0; i < w.size(); i++) {
        String word = w.get(i);
        String value = null;
        if (word.startsWith("-ldflags=") || word.startsWith("--ldflags=")) {
          value = word.substring(word.indexOf('=') + 1);
        } else if ((word.equals("-ldflags") || word.equals("--ldflags")) && i + 1 < w.size()) {
          value = w.get(i + 1);
        }
        if (value != null) {
          List<String> parts = List.of(value.split("[\\s'\"]+"));
          if ((parts.contains("-s") || parts.contains("-s=true")) && (parts.contains("-w") || parts.contains("-w=true"))) {
            return true;
          }
        }
      }
      return false;
    }

    boolean hasLdflags() {
      return command.hasPrefix("-ldflags") || command.hasPrefix("--ldflags");
    }
  }

  private GoBuilds() {}

  static List<Build> find(LintContext ctx) {
    List<Build> out = new ArrayList<>();
    for (Stage stage : ctx.feedingFinal()) {
      for (Instruction i : stage.instructions()) {
        if (i instanceof Run run) {
          List<Command> cmds = ctx.commands(run);
          for (int k = 0; k < cmds.size(); k++) {
            if (cmds.get(k).is("go", "build")) {
              out.add(new Build(stage, run, cmds.get(k), ctx.envBefore(stage, run), cmds.subList(0, k)));
            }
          }
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(b -> b.run().line()));
    return out;
  }
}
