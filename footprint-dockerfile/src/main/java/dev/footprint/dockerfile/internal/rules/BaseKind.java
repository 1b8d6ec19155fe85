package dev.footprint.dockerfile.internal.rules;

import dev.footprint.dockerfile.instructions.From;
import java.util.Locale;

/** What a base image is, as far as size advice goes. */
enum BaseKind {
  SCRATCH,
  /** distroless/static and its kin: no libc at all, for static binaries. */
  STATIC,
  /** distroless base images with glibc. */
  DISTROLESS,
  ALPINE,
  BUSYBOX,
  /** A full distribution or language image (debian, ubuntu, golang, node…). */
  FULL,
  /** Not known: the reference uses a variable without a default. */
  UNKNOWN;

  static BaseKind of(From from) {
    String img = from.image().toLowerCase(Locale.ROOT);
    if (img.equals("scratch")) {
      return SCRATCH;
    }
    if (img.contains("$")) {
      return UNKNOWN;
    }
    if (img.contains("distroless/static") || img.contains("chainguard/static") || img.contains("distroless/base-nossl")) {
      return STATIC;
    }
    if (img.contains("distroless")) {
      return DISTROLESS;
    }
    if (img.contains("alpine")) {
      return ALPINE;
    }
    if (from.repository().toLowerCase(Locale.ROOT).endsWith("busybox")) {
      return BUSYBOX;
    }
    return FULL;
  }

  /** No glibc: a cgo binary built against glibc will not start here. */
  boolean lacksGlibc() {
    return this == SCRATCH || this == STATIC || this == ALPINE || this == BUSYBOX;
  }
}
