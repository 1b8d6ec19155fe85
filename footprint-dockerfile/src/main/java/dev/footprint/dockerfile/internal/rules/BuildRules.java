package dev.footprint.dockerfile.internal.rules;

import dev.footprint.dockerfile.instructions.FileTransfer;
import dev.footprint.dockerfile.instructions.Instruction;
import dev.footprint.dockerfile.instructions.Run;
import dev.footprint.dockerfile.instructions.Stage;
import dev.footprint.dockerfile.internal.fix.Edits;
import dev.footprint.dockerfile.internal.fix.Rewrite;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** FP1xx: what is built and what ships — toolchains, Go build flags, base images for binaries. */
final class BuildRules {
  private static final Pattern GO_BUILD = Pattern.compile("\\bgo\\s+build\\b");

  private BuildRules() {}

  /** FP101: the final image compiles, so it carries the toolchain. */
  static List<Hit> toolchainShipped(LintContext ctx) {
    for (Stage stage : ctx.dockerfile().shipped()) {
      for (Run run : stage.all(Run.class)) {
        for (Command c : ctx.commands(run)) {
          String tool = Compilers.of(c);
          if (tool != null) {
            return List.of(hit("FP101", run, List.of(tool, stage.root().image())));
          }
        }
      }
    }
    return List.of();
  }

  /** FP102: go build without CGO_ENABLED=0 while the final base has no glibc. */
  static List<Hit> cgoEnabled(LintContext ctx) {
    BaseKind target = ctx.finalBase();
    if (!target.lacksGlibc()) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    for (GoBuilds.Build b : ctx.goBuilds()) {
      boolean bothMusl = target == BaseKind.ALPINE && BaseKind.of(b.stage().root()) == BaseKind.ALPINE;
      if (!b.cgoDisabled() && !bothMusl) {
        Rewrite fix = rewrite(b.run(), t -> Edits.insertBefore(t, GO_BUILD, "CGO_ENABLED=0 ", "CGO_ENABLED="));
        hits.add(new Hit("FP102", b.run().line(), b.run().endLine(),
            List.of(ctx.dockerfile().finalStage().root().image()), List.of(fix)));
      }
    }
    return hits;
  }

  /** FP103: go build without -ldflags "-s -w". */
  static List<Hit> notStripped(LintContext ctx) {
    List<Hit> hits = new ArrayList<>();
    for (GoBuilds.Build b : ctx.goBuilds()) {
      if (!b.stripped()) {
        List<Rewrite> fix = b.hasLdflags()
            ? List.of()
            : List.of(rewrite(b.run(), t -> Edits.insertAfter(t, GO_BUILD, " -ldflags=\"-s -w\"", "-ldflags")));
        hits.add(new Hit("FP103", b.run().line(), b.run().endLine(), List.of(), fix));
      }
    }
    return hits;
  }

  /** FP104: go build without -trimpath. */
  static List<Hit> noTrimpath(LintContext ctx) {
    List<Hit> hits = new ArrayList<>();
    for (GoBuilds.Build b : ctx.goBuilds()) {
      if (!b.trimpath()) {
        Rewrite fix = rewrite(b.run(), t -> Edits.insertAfter(t, GO_BUILD, " -trimpath", "-trimpath"));
        hits.add(new Hit("FP104", b.run().line(), b.run().endLine(), List.of(), List.of(fix)));
      }
    }
    return hits;
  }

  /** FP105: a full distribution under a static binary. */
  static List<Hit> heavyBase(LintContext ctx) {
    Stage fin = ctx.dockerfile().finalStage();
    if (ctx.finalBase() != BaseKind.FULL || !fin.all(Run.class).isEmpty()) {
      return List.of();
    }
    for (FileTransfer copy : fin.all(FileTransfer.class)) {
      Optional<Stage> src = ctx.dockerfile().stage(copy.from(), fin.index());
      if (src.isPresent() && staticGo(ctx, src.get())) {
        return List.of(new Hit("FP105", fin.from().line(), fin.from().endLine(),
            List.of(fin.root().image()), List.of()));
      }
    }
    return List.of();
  }

  /** FP106: a binary built against glibc copied into an alpine (musl) final stage. */
  static List<Hit> glibcOnMusl(LintContext ctx) {
    if (ctx.finalBase() != BaseKind.ALPINE) {
      return List.of();
    }
    Stage fin = ctx.dockerfile().finalStage();
    List<Hit> hits = new ArrayList<>();
    for (FileTransfer copy : fin.all(FileTransfer.class)) {
      Optional<Stage> src = ctx.dockerfile().stage(copy.from(), fin.index());
      if (src.isEmpty()) {
        continue;
      }
      BaseKind kind = BaseKind.of(src.get().root());
      if (kind != BaseKind.FULL && kind != BaseKind.DISTROLESS) {
        continue;
      }
      if (dynamicNative(ctx, src.get())) {
        hits.add(new Hit("FP106", copy.line(), copy.endLine(), List.of(src.get().root().image()), List.of()));
      }
    }
    return hits;
  }

  private static boolean staticGo(LintContext ctx, Stage stage) {
    List<GoBuilds.Build> builds = ctx.goBuilds().stream().filter(b -> b.stage() == stage).toList();
    return !builds.isEmpty() && builds.stream().allMatch(GoBuilds.Build::cgoDisabled);
  }

  private static boolean dynamicNative(LintContext ctx, Stage stage) {
    for (GoBuilds.Build b : ctx.goBuilds()) {
      if (b.stage() == stage && !b.cgoDisabled()) {
        return true;
      }
    }
    for (Instruction i : stage.inherited()) {
      if (i instanceof Run run) {
        for (Command c : ctx.commands(run)) {
          if (Compilers.native_(c) && !String.join(" ", c.words()).contains("-static")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static Hit hit(String rule, Instruction at, List<String> args) {
    return new Hit(rule, at.line(), at.endLine(), args, List.of());
  }

  static Rewrite rewrite(Instruction at, java.util.function.UnaryOperator<String> edit) {
    return new Rewrite(at.line(), at.endLine(), edit);
  }
}
