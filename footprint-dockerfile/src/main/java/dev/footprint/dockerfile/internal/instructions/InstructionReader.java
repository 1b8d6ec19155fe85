package dev.footprint.dockerfile.internal.instructions;

import dev.footprint.dockerfile.DockerfileSyntaxException;
import dev.footprint.dockerfile.Node;
import dev.footprint.dockerfile.ParsedDockerfile;
import dev.footprint.dockerfile.instructions.Arg;
import dev.footprint.dockerfile.instructions.Dockerfile;
import dev.footprint.dockerfile.instructions.From;
import dev.footprint.dockerfile.instructions.Instruction;
import dev.footprint.dockerfile.instructions.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Syntax tree to stages (BuildKit's {@code instructions.Parse} plus the stage graph): global ARGs
 * before the first FROM, then one stage per FROM, each instruction typed by {@link Typer}.
 */
public final class InstructionReader {
  private InstructionReader() {}

  public static Dockerfile read(String source, ParsedDockerfile parsed) throws DockerfileSyntaxException {
    char escape = parsed.escape();
    Expander global = new Expander(escape, Map.of());
    List<Arg> globalArgs = new ArrayList<>();
    List<Stage> stages = new ArrayList<>();
    From from = null;
    Expander scope = null;
    List<Instruction> current = new ArrayList<>();
    for (Node node : parsed.nodes()) {
      String command = node.command();
      if (command.equals("from")) {
        if (from != null) {
          stages.add(stage(stages, from, current));
        }
        from = Typer.from(source, node, global);
        current = new ArrayList<>();
        scope = new Expander(escape, inherited(stages, from));
        continue;
      }
      if (from == null) {
        if (!command.equals("arg")) {
          throw new DockerfileSyntaxException(
              source, node.startLine(), "no build stage in current context: " + node.keyword() + " before FROM");
        }
        Arg arg = (Arg) Typer.type(source, node, global);
        globalArgs.add(arg);
        continue;
      }
      Instruction typed = Typer.type(source, node, scope);
      if (typed instanceof Arg arg) {
        // An ARG without default inside a stage takes the global default (BuildKit semantics).
        for (Instruction.KeyValue kv : arg.args()) {
          if (kv.value() == null && global.has(kv.key())) {
            scope.set(kv.key(), global.snapshot().get(kv.key()));
          }
        }
      }
      current.add(typed);
    }
    if (from == null) {
      throw new DockerfileSyntaxException(source, 0, "no FROM instruction");
    }
    stages.add(stage(stages, from, current));
    return new Dockerfile(parsed, globalArgs, stages);
  }

  private static Stage stage(List<Stage> stages, From from, List<Instruction> instructions) {
    Stage base = null;
    for (Stage s : stages) {
      if (from.image().equalsIgnoreCase(s.name())) {
        base = s;
      }
    }
    return new Stage(stages.size(), from, instructions, base);
  }

  /** ENV values a stage inherits from the stage it is built FROM. */
  private static Map<String, String> inherited(List<Stage> stages, From from) {
    Map<String, String> env = new HashMap<>();
    for (Stage s : stages) {
      if (from.image().equalsIgnoreCase(s.name())) {
        for (Instruction i : s.inherited()) {
          if (i instanceof dev.footprint.dockerfile.instructions.Env e) {
            e.pairs().forEach(kv -> env.put(kv.key(), kv.value()));
          }
        }
      }
    }
    return env;
  }
}
