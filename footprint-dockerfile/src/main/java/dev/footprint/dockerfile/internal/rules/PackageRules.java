package dev.footprint.dockerfile.internal.rules;

import dev.footprint.dockerfile.instructions.Instruction;
import dev.footprint.dockerfile.instructions.Run;
import dev.footprint.dockerfile.instructions.Stage;
import dev.footprint.dockerfile.internal.fix.Edits;
import dev.footprint.dockerfile.internal.fix.Rewrite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/** FP2xx: package manager caches and indexes left in layers. */
final class PackageRules {
  private static final Pattern APK_ADD = Pattern.compile("\\bapk\\s+add\\b");
  private static final Pattern APT_INSTALL = Pattern.compile("\\bapt(?:-get)?(?:\\s+-\\S+)*\\s+install\\b");
  private static final Pattern PIP_INSTALL = Pattern.compile("\\bpip3?\\s+install\\b");
  private static final Pattern FIRST_APT_INSTALL = Pattern.compile("\\bapt(?:-get)?\\b(?=(?:\\s+-\\S+)*\\s+install\\b)");
  private static final Set<String> TRUTHY = Set.of("1", "on", "yes", "true");
  static final String APT_CLEAN = "rm -rf /var/lib/apt/lists/*";

  private PackageRules() {}

  /** FP201. */
  static List<Hit> apkCache(LintContext ctx) {
    return perCommand(ctx, "FP201", (run, c) -> c.is("apk", "add") && !c.has("--no-cache")
        && !run.cacheMounted("/var/cache/apk"),
        t -> Edits.insertAfter(t, APK_ADD, " --no-cache", "--no-cache"));
  }

  /** FP202. */
  static List<Hit> aptRecommends(LintContext ctx) {
    return perCommand(ctx, "FP202", (run, c) -> isAptInstall(c) && !c.has("--no-install-recommends")
        && !String.join(" ", c.words()).contains("Install-Recommends=false"),
        t -> Edits.insertAfter(t, APT_INSTALL, " --no-install-recommends", "--no-install-recommends"));
  }

  /** FP203: apt-get update without removing the lists in the same RUN. */
  static List<Hit> aptLists(LintContext ctx) {
    List<Hit> hits = new ArrayList<>();
    for (Stage stage : ctx.dockerfile().shipped()) {
      for (Run run : stage.all(Run.class)) {
        List<Command> cmds = ctx.commands(run);
        boolean update = cmds.stream().anyMatch(PackageRules::isAptUpdate);
        if (!update || updateOnly(cmds) || cleansLists(cmds) || run.cacheMounted("/var/lib/apt/lists")) {
          continue;
        }
        List<Rewrite> fix = run.exec() || !run.heredocs().isEmpty()
            ? List.of()
            : List.of(BuildRules.rewrite(run, t -> Edits.appendCommand(t, APT_CLEAN, escape(ctx))));
        hits.add(new Hit("FP203", run.line(), run.endLine(), List.of(), fix));
      }
    }
    return hits;
  }

  /** FP204: a RUN that only updates the index, so a later install may use a stale cached one. */
  static List<Hit> updateAlone(LintContext ctx) {
    List<Hit> hits = new ArrayList<>();
    for (Stage stage : ctx.dockerfile().stages()) {
      List<Instruction> list = stage.instructions();
      for (int i = 0; i < list.size(); i++) {
        if (!(list.get(i) instanceof Run run) || !updateOnly(ctx.commands(run))) {
          continue;
        }
        List<Rewrite> fix = List.of();
        if (i + 1 < list.size() && list.get(i + 1) instanceof Run next && !next.exec()
            && ctx.commands(next).stream().anyMatch(PackageRules::isAptInstall)) {
          boolean clean = ctx.shipped(stage) && !cleansLists(ctx.commands(next));
          fix = List.of(
              BuildRules.rewrite(run, t -> ""),
              BuildRules.rewrite(next, t -> {
                String merged = Edits.insertBeforeFirst(t, FIRST_APT_INSTALL, "apt-get update && ");
                return clean ? Edits.appendCommand(merged, APT_CLEAN, escape(ctx)) : merged;
              }));
        }
        hits.add(new Hit("FP204", run.line(), run.endLine(), List.of(), fix));
      }
    }
    return hits;
  }

  /** FP205. */
  static List<Hit> pipCache(LintContext ctx) {
    List<Hit> hits = new ArrayList<>();
    for (Stage stage : ctx.dockerfile().shipped()) {
      for (Run run : stage.all(Run.class)) {
        Map<String, String> env = ctx.envBefore(stage, run);
        if (TRUTHY.contains(env.getOrDefault("PIP_NO_CACHE_DIR", "").toLowerCase(java.util.Locale.ROOT))
            || run.cacheMounted("/root/.cache/pip")) {
          continue;
        }
        for (Command c : ctx.commands(run)) {
          if (isPipInstall(c) && !c.has("--no-cache-dir")
              && !TRUTHY.contains(c.assignments().getOrDefault("PIP_NO_CACHE_DIR", ""))) {
            hits.add(new Hit("FP205", run.line(), run.endLine(), List.of(), List.of(
                BuildRules.rewrite(run, t -> Edits.insertAfter(t, PIP_INSTALL, " --no-cache-dir", "--no-cache-dir")))));
            break;
          }
        }
      }
    }
    return hits;
  }

  /** FP206: npm install without packages resolves versions anew; npm ci installs the lock file. */
  static List<Hit> npmCi(LintContext ctx) {
    List<Hit> hits = new ArrayList<>();
    for (Stage stage : ctx.dockerfile().stages()) {
      for (Run run : stage.all(Run.class)) {
        for (Command c : ctx.commands(run)) {
          if (Command.base(c.name()).equals("npm") && (c.arg(1).equals("install") || c.arg(1).equals("i"))
              && c.words().stream().skip(2).allMatch(w -> w.startsWith("-") && !w.equals("-g") && !w.equals("--global"))) {
            hits.add(BuildRules.hit("FP206", run, List.of()));
            break;
          }
        }
      }
    }
    return hits;
  }

  private static List<Hit> perCommand(LintContext ctx, String rule, BiPredicate<Run, Command> fires,
      java.util.function.UnaryOperator<String> edit) {
    List<Hit> hits = new ArrayList<>();
    for (Stage stage : ctx.dockerfile().shipped()) {
      for (Run run : stage.all(Run.class)) {
        if (ctx.commands(run).stream().anyMatch(c -> fires.test(run, c))) {
          List<Rewrite> fix = run.exec() ? List.of() : List.of(BuildRules.rewrite(run, edit));
          hits.add(new Hit(rule, run.line(), run.endLine(), List.of(), fix));
        }
      }
    }
    return hits;
  }

  static char escape(LintContext ctx) {
    return ctx.dockerfile().parsed().escape();
  }

  static boolean isAptInstall(Command c) {
    String n = Command.base(c.name());
    return (n.equals("apt-get") || n.equals("apt") || n.equals("aptitude")) && c.has("install");
  }

  static boolean isAptUpdate(Command c) {
    String n = Command.base(c.name());
    return (n.equals("apt-get") || n.equals("apt") || n.equals("aptitude")) && c.has("update");
  }

  static boolean updateOnly(List<Command> cmds) {
    return !cmds.isEmpty() && cmds.stream().allMatch(PackageRules::isAptUpdate);
  }

  static boolean cleansLists(List<Command> cmds) {
    return cmds.stream().anyMatch(c -> Command.base(c.name()).equals("rm")
        && c.words().stream().anyMatch(w -> w.startsWith("/var/lib/apt/lists")));
  }

  private static boolean isPipInstall(Command c) {
    String n = Command.base(c.name());
    if ((n.equals("pip") || n.equals("pip3")) && c.arg(1).equals("install")) {
      return true;
    }
    return n.startsWith("python") && c.arg(1).equals("-m") && c.arg(2).equals("pip") && c.arg(3).equals("install");
  }
}
