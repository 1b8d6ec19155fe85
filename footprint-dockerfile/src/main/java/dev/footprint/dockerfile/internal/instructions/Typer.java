package dev.footprint.dockerfile.internal.instructions;

import dev.footprint.dockerfile.DockerfileSyntaxException;
import dev.footprint.dockerfile.Node;
import dev.footprint.dockerfile.instructions.Arg;
import dev.footprint.dockerfile.instructions.Cmd;
import dev.footprint.dockerfile.instructions.Add;
import dev.footprint.dockerfile.instructions.Copy;
import dev.footprint.dockerfile.instructions.Entrypoint;
import dev.footprint.dockerfile.instructions.Expose;
import dev.footprint.dockerfile.instructions.FileTransfer;
import dev.footprint.dockerfile.instructions.Healthcheck;
import dev.footprint.dockerfile.instructions.Label;
import dev.footprint.dockerfile.instructions.Maintainer;
import dev.footprint.dockerfile.instructions.StopSignal;
import dev.footprint.dockerfile.instructions.Volume;
import dev.footprint.dockerfile.instructions.Env;
import dev.footprint.dockerfile.instructions.From;
import dev.footprint.dockerfile.instructions.Instruction;
import dev.footprint.dockerfile.instructions.Instruction.KeyValue;
import dev.footprint.dockerfile.instructions.Onbuild;
import dev.footprint.dockerfile.instructions.Run;
import dev.footprint.dockerfile.instructions.Shell;
import dev.footprint.dockerfile.instructions.User;
import dev.footprint.dockerfile.instructions.Workdir;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One syntax node to its typed instruction, expanding variables where BuildKit does. */
final class Typer {
  private Typer() {}

  static From from(String source, Node node, Expander global) throws DockerfileSyntaxException {
    List<String> args = node.args();
    if (args.isEmpty()) {
      throw new DockerfileSyntaxException(source, node.startLine(), "FROM requires either one or three arguments");
    }
    String name = null;
    if (args.size() == 3 && args.get(1).equalsIgnoreCase("as")) {
      name = args.get(2).toLowerCase(Locale.ROOT);
    } else if (args.size() != 1) {
      throw new DockerfileSyntaxException(source, node.startLine(), "FROM requires either one or three arguments");
    }
    String platform = Instruction.flag(node, "platform");
    return new From(node, global.wordKeepUnset(args.get(0)), args.get(0), name, platform);
  }

  static Instruction type(String source, Node node, Expander scope) throws DockerfileSyntaxException {
    String c = node.command();
    switch (c) {
      case "run":
        return run(node);
      case "copy", "add":
        return copy(node, c.equals("add"), scope);
      case "cmd":
        return new Cmd(node, node.args(), !node.json() && !node.args().isEmpty());
      case "entrypoint":
        return new Entrypoint(node, node.args(), !node.json() && !node.args().isEmpty());
      case "env":
        return new Env(node, pairs(node, true, scope));
      case "label":
        return new Label(node, pairs(node, false, scope));
      case "expose":
        return new Expose(node, node.args());
      case "volume":
        return new Volume(node, node.args());
      case "healthcheck":
        return new Healthcheck(node, node.args());
      case "stopsignal":
        return new StopSignal(node, node.args().isEmpty() ? "" : scope.word(node.args().get(0)));
      case "maintainer":
        return new Maintainer(node, node.args().isEmpty() ? "" : node.args().get(0));
      case "arg":
        return arg(node, scope);
      case "workdir": {
        String raw = node.args().isEmpty() ? "" : node.args().get(0);
        return new Workdir(node, raw, scope.word(raw));
      }
      case "user":
        return new User(node, node.args().isEmpty() ? "" : scope.word(node.args().get(0)));
      case "shell":
        return new Shell(node, node.args());
      case "onbuild":
        if (node.sub() == null) {
          throw new DockerfileSyntaxException(source, node.startLine(), "ONBUILD requires at least one argument");
        }
        return new Onbuild(node, type(source, node.sub().withLines(node.startLine(), node.endLine()), scope));
      case "from":
        throw new DockerfileSyntaxException(source, node.startLine(), "ONBUILD FROM is not allowed");
      default:
        throw new DockerfileSyntaxException(source, node.startLine(), "unknown instruction: " + node.keyword());
    }
  }

  private static Run run(Node node) {
    List<Instruction.Mount> mounts = new ArrayList<>();
    for (String m : Instruction.flagValues(node, "mount")) {
      String type = "bind";
      String target = null;
      for (String part : m.split(",")) {
        String[] kv = part.split("=", 2);
        String k = kv[0].trim().toLowerCase(Locale.ROOT);
        String v = kv.length > 1 ? kv[1].trim() : "";
        if (k.equals("type")) {
          type = v;
        } else if (k.equals("target") || k.equals("dst") || k.equals("destination")) {
          target = v.endsWith("/") && v.length() > 1 ? v.substring(0, v.length() - 1) : v;
        }
      }
      mounts.add(new Instruction.Mount(type, target, m));
    }
    String script = String.join(" ", node.args());
    return new Run(node, script, node.json(), mounts, node.heredocs());
  }

  private static FileTransfer copy(Node node, boolean add, Expander scope) {
    List<String> args = new ArrayList<>();
    for (String a : node.args()) {
      args.add(node.json() ? a : scope.word(a));
    }
    String dest = args.isEmpty() ? "" : args.remove(args.size() - 1);
    String from = Instruction.flag(node, "from");
    if (add) {
      return new Add(node, args, dest, node.heredocs());
    }
    return new Copy(node, args, dest, from == null ? null : scope.word(from), node.heredocs());
  }

  /** ENV or LABEL pairs; only ENV changes the variables later instructions see. */
  private static List<KeyValue> pairs(Node node, boolean env, Expander scope) {
    List<KeyValue> pairs = new ArrayList<>();
    List<String> a = node.args();
    List<KeyValue> pending = new ArrayList<>();
    for (int i = 0; i + 1 < a.size(); i += 3) {
      String value = scope.word(a.get(i + 1));
      pending.add(new KeyValue(scope.word(a.get(i)), value));
    }
    // All references in one ENV see the values from before it (BuildKit semantics).
    for (KeyValue kv : pending) {
      if (env) {
        scope.set(kv.key(), kv.value());
      }
      pairs.add(kv);
    }
    return pairs;
  }

  private static Arg arg(Node node, Expander scope) {
    List<KeyValue> args = new ArrayList<>();
    for (String word : node.args()) {
      int eq = word.indexOf('=');
      String key = eq < 0 ? word : word.substring(0, eq);
      String value = eq < 0 ? null : scope.word(word.substring(eq + 1));
      args.add(new KeyValue(key, value));
      if (value != null) {
        scope.set(key, value);
      }
    }
    return new Arg(node, args);
  }
}
