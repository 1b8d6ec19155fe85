package dev.footprint.analyze.internal.find;

import dev.footprint.analyze.BaseFacts;
import dev.footprint.analyze.Category;
import dev.footprint.analyze.MinimalImage;
import dev.footprint.analyze.Severity;
import dev.footprint.binary.BinaryInfo;
import dev.footprint.binary.Libc;
import dev.footprint.binary.Linkage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * base-image: what the OS layer is (os-release, libc, package counts) and, following the
 * decision path static → scratch or distroless/static, glibc → a minimal glibc base, musl → an
 * alpine-like base, which base the entrypoint needs. Info when there is nothing to gain; warning
 * when the minimal image would be at most half the size and at least 5 MiB smaller.
 */
public final class BaseImageFinder implements Finder {
  private static final long MIN_GAIN = 5L << 20;

  @Override
  public List<Draft> find(AnalysisContext c) {
    BaseFacts base = c.base();
    if (base.os().isEmpty() && base.packages().isEmpty() && base.libc().equals("none")) {
      return List.of(); // scratch-like: no OS layer to judge
    }
    List<String> facts = new ArrayList<>();
    facts.add(base.os().orElse("unknown OS (no os-release)"));
    facts.add("libc " + base.libc());
    base.packages().forEach((manager, n) -> facts.add(n + " " + manager + " packages"));
    Optional<BinaryInfo> entry = c.entrypoint().map(b -> b.info());
    String advice = entry.map(BaseImageFinder::advice)
        .orElse("the entrypoint is not a binary footprint could read; keep a base that provides its interpreter");
    long saving = 0;
    Severity severity = Severity.INFO;
    Optional<MinimalImage> minimal = c.minimal().filter(MinimalImage::complete);
    if (entry.isPresent() && minimal.isPresent()) {
      long gain = c.imageBytes() - minimal.get().estimatedBytes();
      if (gain >= MIN_GAIN && minimal.get().estimatedBytes() * 2 <= c.imageBytes()) {
        saving = gain;
        severity = Severity.WARNING;
      }
    }
    String title = "base: " + String.join(", ", facts)
        + (saving > 0 ? "; the entrypoint needs only " + FindingText.size(minimal.get().estimatedBytes()) : "");
    return List.of(new Draft(Category.BASE_IMAGE, severity, Draft.layer(0), List.of(), c.imageBytes(), title, advice,
        saving));
  }

  static String advice(BinaryInfo info) {
    if (info.linkage() != Linkage.DYNAMIC || info.libc() == Libc.NONE && info.needed().isEmpty()) {
      return "the entrypoint is static: use FROM scratch (add CA certificates, tzdata and /etc/passwd if it needs them)"
          + " or a distroless/static-like base";
    }
    return switch (info.libc()) {
      case GLIBC -> "the entrypoint links glibc: use a minimal glibc base such as gcr.io/distroless/base-debian12"
          + " (or cc-debian12 for libstdc++), or debian:bookworm-slim";
      case MUSL -> "the entrypoint links musl: use an alpine-like base (alpine, chainguard/wolfi static with musl)";
      case NONE -> "keep its libraries (" + String.join(", ", info.needed()) + ") on the smallest base that has them";
    };
  }
}
