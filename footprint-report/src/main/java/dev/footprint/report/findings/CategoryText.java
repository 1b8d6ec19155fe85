package dev.footprint.report.findings;

import dev.footprint.analyze.Category;
import dev.footprint.analyze.Severity;

/** One-line descriptions of the finding categories (SARIF rules, docs). Stateless. */
final class CategoryText {
  private CategoryText() {}

  static String describe(Category c) {
    return switch (c) {
      case WASTED -> "Files overwritten or deleted by a later layer still ship in the layer that added them";
      case DUPLICATE -> "The same content is stored under several paths";
      case PACKAGE_CACHE -> "Package manager or build tool caches left in the image";
      case TOOLCHAIN -> "Build toolchains in a runtime image (single-stage build)";
      case UNSTRIPPED_BINARY -> "Executables carry symbol tables and debug information";
      case GO_BUILD_FLAGS -> "Go binaries built without -trimpath, without -s -w, or with needless cgo";
      case DOCS -> "Documentation, man pages and locales";
      case VCS -> "Version control metadata (.git, .svn, .hg)";
      case SOURCE -> "Source trees shipped next to the programs built from them";
      case SECRET -> "Private keys, credentials or tokens in layers or the config";
      case BASE_IMAGE -> "What the base image is and which base the entrypoint needs";
      case LIBC_MISMATCH -> "A binary linked against a libc the image does not have";
      case LAYERS -> "Consecutive RUN layers, empty layers, deep layer stacks";
      case PATH_ESCAPE -> "Layer entries with absolute or '..' names";
    };
  }

  static Severity defaultSeverity(Category c) {
    return switch (c) {
      case SECRET, LIBC_MISMATCH, PATH_ESCAPE -> Severity.ERROR;
      case DOCS, LAYERS, BASE_IMAGE, DUPLICATE -> Severity.INFO;
      default -> Severity.WARNING;
    };
  }
}
