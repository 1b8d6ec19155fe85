package dev.footprint.dockerfile.internal.rules;

import dev.footprint.dockerfile.instructions.StartCommand;
import dev.footprint.dockerfile.instructions.FileTransfer;
import dev.footprint.dockerfile.instructions.From;
import dev.footprint.dockerfile.instructions.Instruction;
import dev.footprint.dockerfile.instructions.Shell;
import dev.footprint.dockerfile.instructions.Stage;
import dev.footprint.dockerfile.instructions.User;
import dev.footprint.dockerfile.instructions.Workdir;
import dev.footprint.dockerfile.internal.fix.Rewrite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** FP4xx: what the image runs — base tags, exec form, entrypoint scripts, user, working dir. */
final class RuntimeRules {
  private RuntimeRules() {}

  /** FP401: {@code :latest} or no tag. */
  static List<Hit> latestTag(LintContext ctx) {
    List<Hit> hits = new ArrayList<>();
    for (Stage stage : ctx.dockerfile().stages()) {
      From from = stage.from();
      if (stage.base() != null || from.isScratch() || from.hasDigest() || from.image().contains("$")) {
        continue;
      }
      String tag = from.tag();
      if (tag == null || tag.equals("latest")) {
        hits.add(BuildRules.hit("FP401", from, List.of(from.image(), tag == null ? "has no tag" : "uses :latest")));
      }
    }
    return hits;
  }

  /** FP402: shell-form CMD/ENTRYPOINT in the final image. */
  static List<Hit> shellForm(LintContext ctx) {
    List<Stage> shipped = ctx.dockerfile().shipped();
    boolean customShell = shipped.stream().anyMatch(s -> !s.all(Shell.class).isEmpty());
    if (customShell) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    for (Stage stage : shipped) {
      for (StartCommand cmd : stage.all(StartCommand.class)) {
        if (cmd.shellForm()) {
          List<String> exec = ExecForm.of(cmd.args().get(0));
          List<Rewrite> fix = exec == null ? List.of()
              : List.of(BuildRules.rewrite(cmd, t -> cmd.node().keyword() + " " + ExecForm.json(exec)));
          hits.add(new Hit("FP402", cmd.line(), cmd.endLine(),
              List.of(cmd.entrypoint() ? "ENTRYPOINT" : "CMD"), fix));
        }
      }
    }
    return hits;
  }

  /** FP403: the entrypoint script, found in the build context, never execs the real process. */
  static List<Hit> entrypointWithoutExec(LintContext ctx) {
    if (ctx.contextDir() == null) {
      return List.of();
    }
    StartCommand entry = null;
    for (Stage s : ctx.dockerfile().shipped()) {
      for (StartCommand c : s.all(StartCommand.class)) {
        if (c.entrypoint() || entry == null || !entry.entrypoint()) {
          entry = c;
        }
      }
    }
    if (entry == null || entry.args().isEmpty()) {
      return List.of();
    }
    String program = entry.shellForm() ? entry.args().get(0).strip().split("\\s+")[0] : entry.args().get(0);
    if (program.equals("sh") || program.equals("/bin/sh") || program.equals("bash") || program.equals("/bin/bash")) {
      program = entry.args().size() > 1 && !entry.shellForm() ? entry.args().get(1) : program;
    }
    String name = Command.base(program);
    for (Stage s : ctx.dockerfile().shipped()) {
      for (FileTransfer copy : s.all(FileTransfer.class)) {
        if (copy.from() != null) {
          continue;
        }
        for (String src : copy.sources()) {
          if (Command.base(src).equals(name) || copy.dest().endsWith("/" + name) && copy.sources().size() == 1) {
            Path script = ctx.contextDir().resolve(src);
            if (isScriptWithoutExec(script)) {
              return List.of(new Hit("FP403", entry.line(), entry.endLine(), List.of(src), List.of()));
            }
          }
        }
      }
    }
    return List.of();
  }

  private static boolean isScriptWithoutExec(Path script) {
    if (!Files.isRegularFile(script)) {
      return false;
    }
    try {
      List<String> lines = Files.readAllLines(script);
      boolean shell = script.toString().endsWith(".sh") || !lines.isEmpty() && lines.get(0).startsWith("#!");
      return shell && lines.stream().map(String::strip).noneMatch(l -> l.startsWith("exec ") || l.contains("&& exec ") || l.contains("; exec "));
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  /** FP404: the final image runs as root. */
  static List<Hit> runsAsRoot(LintContext ctx) {
    Stage fin = ctx.dockerfile().finalStage();
    String image = fin.root().image().toLowerCase(Locale.ROOT);
    if (image.contains("nonroot")) {
      return List.of();
    }
    User last = null;
    for (Instruction i : fin.inherited()) {
      if (i instanceof User u) {
        last = u;
      }
    }
    if (last == null) {
      return List.of(BuildRules.hit("FP404", fin.from(), List.of("no USER is set")));
    }
    if (last.root()) {
      return List.of(BuildRules.hit("FP404", last, List.of("USER is " + last.user())));
    }
    return List.of();
  }

  /** FP405: relative WORKDIR with no absolute one before it in the stage chain. */
  static List<Hit> relativeWorkdir(LintContext ctx) {
    List<Hit> hits = new ArrayList<>();
    for (Stage stage : ctx.dockerfile().stages()) {
      boolean absoluteSeen = stage.base() != null
          && stage.base().inherited().stream().anyMatch(i -> i instanceof Workdir w && w.absolute());
      for (Workdir w : stage.all(Workdir.class)) {
        if (w.absolute()) {
          absoluteSeen = true;
        } else if (!absoluteSeen) {
          hits.add(BuildRules.hit("FP405", w, List.of(w.rawPath())));
        }
      }
    }
    return hits;
  }

  /** FP406: a base image from a registry outside the configured trusted list. */
  static List<Hit> untrustedRegistry(LintContext ctx) {
    List<String> trusted = ctx.config().trustedRegistries();
    if (trusted.isEmpty()) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    for (Stage stage : ctx.dockerfile().stages()) {
      From from = stage.from();
      if (stage.base() != null || from.isScratch() || from.image().contains("$")) {
        continue;
      }
      String registry = registryOf(from.image());
      if (trusted.stream().noneMatch(t -> matches(t, registry))) {
        hits.add(BuildRules.hit("FP406", from, List.of(from.image(), registry)));
      }
    }
    return hits;
  }

  static String registryOf(String image) {
    int slash = image.indexOf('/');
    if (slash < 0) {
      return "docker.io";
    }
    String first = image.substring(0, slash);
    return first.contains(".") || first.contains(":") || first.equals("localhost") ? first : "docker.io";
  }

  private static boolean matches(String pattern, String registry) {
    if (pattern.startsWith("*.")) {
      return registry.endsWith(pattern.substring(1));
    }
    return pattern.equalsIgnoreCase(registry);
  }
}
