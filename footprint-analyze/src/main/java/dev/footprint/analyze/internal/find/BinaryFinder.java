package dev.footprint.analyze.internal.find;

import dev.footprint.analyze.Category;
import dev.footprint.analyze.Severity;
import dev.footprint.analyze.internal.collect.CollectPlan;
import dev.footprint.analyze.internal.collect.SpooledBinary;
import dev.footprint.binary.BinaryInfo;
import dev.footprint.binary.BuildAdvice;
import dev.footprint.binary.GoBuildInfo;
import dev.footprint.binary.Libc;
import dev.footprint.binary.Linkage;
import java.util.ArrayList;
import java.util.List;

/**
 * unstripped-binary, go-build-flags and libc-mismatch, from the facts of the executables that
 * survive in the merged view (libraries are not judged: distributions ship them stripped).
 */
public final class BinaryFinder implements Finder {
  /** Below this, symbol and debug bytes are not worth a finding (a .comment, a debuglink). */
  static final long MIN_STRIPPABLE = 4 * 1024;
  /** Above this, always worth it; between the two, only when it is a tenth of the file or more. */
  static final long SURE_STRIPPABLE = 16 * 1024;

  @Override
  public List<Draft> find(AnalysisContext c) {
    List<Draft> out = new ArrayList<>();
    for (SpooledBinary b : c.binaries()) {
      BinaryInfo info = b.info();
      boolean entry = isEntrypoint(c, b);
      String key = c.paths().ruleKey(b.path());
      if (!entry && (info.type().equals("shared-object") || key == null || CollectPlan.isSystemPath(key))) {
        continue; // distributions' programs and libraries are theirs to strip
      }
      String path = c.paths().display(b.path());
      boolean unstripped = worthStripping(info);
      if (unstripped) {
        String how = info.go().isPresent() ? "build with -ldflags=\"-s -w\"" : "link with -s or run strip --strip-all";
        out.add(new Draft(Category.UNSTRIPPED_BINARY, Severity.WARNING, Draft.layer(b.layer()), List.of(path),
            info.fileSize(), path + " carries " + FindingText.size(info.strippableBytes()) + " of symbols and debug"
                + " information (" + FindingText.size(info.debugBytes()) + " debug, " + FindingText.size(info.symbolBytes())
                + " symbols)", how + ", or run footprint strip on it", info.strippableBytes()));
      }
      info.go().ifPresent(go -> goFlags(c, b, go, unstripped).ifPresent(out::add));
      libcMismatch(c, b).ifPresent(out::add);
    }
    return out;
  }

  static boolean worthStripping(BinaryInfo info) {
    long s = info.strippableBytes();
    return s >= SURE_STRIPPABLE || (s >= MIN_STRIPPABLE && s * 10 >= info.fileSize());
  }

  private static boolean isEntrypoint(AnalysisContext c, SpooledBinary b) {
    return c.entrypoint().filter(e -> e.path().equals(b.path())).isPresent();
  }

  private static java.util.Optional<Draft> goFlags(AnalysisContext c, SpooledBinary b, GoBuildInfo go, boolean unstripped) {
    BinaryInfo info = b.info();
    List<String> problems = new ArrayList<>();
    if (!go.setting("-trimpath").orElse("false").equals("true")) {
      problems.add("without -trimpath (build paths are embedded)");
    }
    if (worthStripping(info)) {
      problems.add("without -ldflags=\"-s -w\"");
    }
    if (go.setting("CGO_ENABLED").orElse("0").equals("1") && BuildAdvice.linksNoC(info) && !b.callsOwnC()) {
      problems.add("with CGO_ENABLED=1 although it links no C beyond libc");
    }
    if (problems.isEmpty()) {
      return java.util.Optional.empty();
    }
    String path = c.paths().display(b.path());
    String command = b.callsOwnC() ? BuildAdvice.command(info).replaceFirst("^CGO_ENABLED=0 ", "") : BuildAdvice.command(info);
    String rec = (command.isEmpty() ? "rebuild with -trimpath" : "rebuild with: " + command)
        + (unstripped ? " (the saving is counted under unstripped-binary)" : "");
    return java.util.Optional.of(new Draft(Category.GO_BUILD_FLAGS, Severity.WARNING, Draft.layer(b.layer()),
        List.of(path), info.fileSize(), path + " (" + go.goVersion() + ") was built " + String.join(", ", problems),
        rec, 0));
  }

  private static java.util.Optional<Draft> libcMismatch(AnalysisContext c, SpooledBinary b) {
    BinaryInfo info = b.info();
    if (info.linkage() != Linkage.DYNAMIC || info.libc() == Libc.NONE || info.interpreter().isEmpty()) {
      return java.util.Optional.empty();
    }
    String imageLibc = c.base().libc();
    if (imageLibc.equals(info.libc().id())) {
      return java.util.Optional.empty();
    }
    String interp = info.interpreter().get();
    if (c.view().get(interp.startsWith("/") ? interp.substring(1) : interp).isPresent()) {
      return java.util.Optional.empty();
    }
    String path = c.paths().display(b.path());
    String has = imageLibc.equals("none") ? "no C library" : imageLibc;
    String rec = switch (info.libc()) {
      case GLIBC -> "run it on a glibc base (distroless/base, debian-slim), or rebuild it static or against musl";
      case MUSL -> "run it on a musl base (alpine), or rebuild it static or against glibc";
      case NONE -> "";
    };
    return java.util.Optional.of(new Draft(Category.LIBC_MISMATCH, Severity.ERROR, Draft.layer(b.layer()),
        List.of(path), info.fileSize(), path + " is linked against " + info.libc().id() + " (loader " + interp
            + ") but the image has " + has + ": it will not start", rec, 0));
  }
}
