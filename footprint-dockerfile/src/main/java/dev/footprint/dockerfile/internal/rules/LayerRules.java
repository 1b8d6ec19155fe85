package dev.footprint.dockerfile.internal.rules;

import dev.footprint.dockerfile.instructions.FileTransfer;
import dev.footprint.dockerfile.instructions.Instruction;
import dev.footprint.dockerfile.instructions.Run;
import dev.footprint.dockerfile.instructions.Stage;
import dev.footprint.dockerfile.internal.fix.Rewrite;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** FP3xx: layers and the build cache — merging RUNs, copy order, ADD, the build context. */
final class LayerRules {
  private LayerRules() {}

  /** FP301: a run of consecutive RUNs (same flags, shell form) in a shipped stage. */
  static List<Hit> consecutiveRuns(LintContext ctx) {
    List<Hit> hits = new ArrayList<>();
    for (Stage stage : ctx.dockerfile().shipped()) {
      List<Instruction> list = stage.instructions();
      int i = 0;
      while (i < list.size()) {
        int j = i;
        while (j + 1 < list.size() && mergeable(list.get(j), list.get(j + 1))) {
          j++;
        }
        if (j > i) {
          Instruction first = list.get(i);
          Instruction last = list.get(j);
          hits.add(new Hit("FP301", list.get(i + 1).line(), last.endLine(),
              List.of(Integer.toString(j - i + 1), first.line() + "-" + last.endLine()), List.of()));
        }
        i = j + 1;
      }
    }
    return hits;
  }

  private static boolean mergeable(Instruction a, Instruction b) {
    return a instanceof Run ra && b instanceof Run rb && !ra.exec() && !rb.exec()
        && ra.heredocs().isEmpty() && rb.heredocs().isEmpty()
        && ra.node().flags().equals(rb.node().flags());
  }

  /** FP302: the whole context is copied before dependencies are downloaded. */
  static List<Hit> copyBeforeDeps(LintContext ctx) {
    List<Hit> hits = new ArrayList<>();
    for (Stage stage : ctx.dockerfile().stages()) {
      List<Instruction> list = stage.instructions();
      boolean manifestFirst = false;
      for (int i = 0; i < list.size(); i++) {
        if (!(list.get(i) instanceof FileTransfer copy) || copy.from() != null) {
          continue;
        }
        if (copy.sources().stream().anyMatch(Manifests::isManifest)) {
          manifestFirst = true;
        }
        if (!copy.copiesWholeContext() || manifestFirst) {
          continue;
        }
        String ecosystem = firstDependencyStep(ctx, list.subList(i + 1, list.size()));
        if (ecosystem != null) {
          hits.add(BuildRules.hit("FP302", copy, List.of(Manifests.manifestsOf(ecosystem), Manifests.downloadOf(ecosystem))));
        }
        break;
      }
    }
    return hits;
  }

  private static String firstDependencyStep(LintContext ctx, List<Instruction> after) {
    for (Instruction i : after) {
      if (i instanceof Run run) {
        for (Command c : ctx.commands(run)) {
          String eco = Manifests.ecosystem(c);
          if (eco != null) {
            return eco;
          }
        }
      }
    }
    return null;
  }

  /** FP303: ADD of local files, where COPY says what happens. */
  static List<Hit> addLocal(LintContext ctx) {
    List<Hit> hits = new ArrayList<>();
    for (Stage stage : ctx.dockerfile().stages()) {
      for (FileTransfer copy : stage.all(FileTransfer.class)) {
        if (!copy.add() || !copy.heredocs().isEmpty() || copy.sources().isEmpty()
            || copy.sources().stream().anyMatch(LayerRules::addOnly)) {
          continue;
        }
        boolean onlyAddFlags = copy.node().flags().stream().anyMatch(f -> f.startsWith("--checksum") || f.startsWith("--keep-git-dir"));
        List<Rewrite> fix = onlyAddFlags ? List.of()
            : List.of(BuildRules.rewrite(copy, t -> t.replaceFirst("^(\\s*)(?i:add)\\b", "$1COPY")));
        hits.add(new Hit("FP303", copy.line(), copy.endLine(), List.of(String.join(" ", copy.sources())), fix));
      }
    }
    return hits;
  }

  /** A source only ADD can handle: a URL, a git repository, or a local archive it unpacks. */
  private static boolean addOnly(String source) {
    String s = source.toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("git@") || s.endsWith(".git")
        || s.endsWith(".tar") || s.endsWith(".tar.gz") || s.endsWith(".tgz") || s.endsWith(".tar.bz2")
        || s.endsWith(".tbz2") || s.endsWith(".tar.xz") || s.endsWith(".txz") || s.endsWith(".tar.zst")
        || s.contains("$");
  }

  /** FP304: the whole context is copied and nothing keeps .git, secrets and outputs out. */
  static List<Hit> noDockerignore(LintContext ctx) {
    if (ctx.contextDir() == null || DockerIgnore.find(ctx.contextDir(), ctx.dockerfileName()) != null) {
      return List.of();
    }
    return firstWholeCopy(ctx).map(c -> List.of(BuildRules.hit("FP304", c, List.of()))).orElse(List.of());
  }

  /** FP305: a .dockerignore that lets .git or build outputs into the context. */
  static List<Hit> weakDockerignore(LintContext ctx) {
    if (ctx.contextDir() == null) {
      return List.of();
    }
    DockerIgnore ignore = DockerIgnore.find(ctx.contextDir(), ctx.dockerfileName());
    if (ignore == null) {
      return List.of();
    }
    List<String> missing = ignore.missing(ctx.contextDir());
    if (missing.isEmpty()) {
      return List.of();
    }
    return firstWholeCopy(ctx)
        .map(c -> List.of(BuildRules.hit("FP305", c, List.of(ignore.name(), String.join(", ", missing)))))
        .orElse(List.of());
  }

  private static java.util.Optional<FileTransfer> firstWholeCopy(LintContext ctx) {
    return ctx.dockerfile().stages().stream()
        .flatMap(s -> s.all(FileTransfer.class).stream())
        .filter(FileTransfer::copiesWholeContext)
        .findFirst();
  }
}
