package dev.footprint.slim.internal;

import java.util.List;

/**
 * Paths one safe transformation removes, as data: globs that select entries, and globs inside
 * them that must stay (for example the copyright files under /usr/share/doc). Directories that
 * match are removed with everything below them.
 */
public record RemovalRule(String transformation, List<PathGlob> remove, List<PathGlob> except) {

  public static final RemovalRule PACKAGE_CACHE =
      of(
          "package-cache",
          List.of(
              "var/lib/apt/lists/**/*",
              "var/cache/apt/**/*",
              "var/cache/apk/**/*",
              "var/cache/dnf/**/*",
              "var/cache/yum/**/*",
              "root/.cache/pip",
              "home/*/.cache/pip",
              "root/.cache/go-build",
              "home/*/.cache/go-build",
              "root/go/pkg/mod",
              "go/pkg/mod",
              "root/.npm",
              "home/*/.npm",
              "root/.cache/yarn",
              "usr/local/share/.cache/yarn",
              "root/.m2/repository",
              "root/.gradle/caches"),
          List.of("var/lib/apt/lists/lock", "var/lib/apt/lists/partial", "var/cache/apt/archives/lock", "var/cache/apt/archives/partial"));

  public static final RemovalRule DOCS =
      of(
          "docs",
          List.of(
              "usr/share/doc/**/*",
              "usr/share/man/**/*",
              "usr/share/info/**/*",
              "usr/share/locale/**/*",
              "usr/share/groff/**/*",
              "usr/share/lintian/**/*",
              "usr/local/share/man/**/*"),
          // Licences travel with the binaries they cover, as distroless keeps them.
          List.of("usr/share/doc/*/copyright", "usr/share/doc/*", "usr/share/locale/locale.alias"));

  public static final RemovalRule VCS =
      of("vcs", List.of("**/.git", "**/.svn", "**/.hg", "**/.git/**", "**/.svn/**", "**/.hg/**"), List.of());

  static RemovalRule of(String name, List<String> remove, List<String> except) {
    return new RemovalRule(
        name, remove.stream().map(PathGlob::of).toList(), except.stream().map(PathGlob::of).toList());
  }

  /** True when this rule removes {@code path}. */
  public boolean removes(String path) {
    for (PathGlob e : except) {
      if (e.matches(path)) {
        return false;
      }
    }
    for (PathGlob r : remove) {
      if (r.matches(path)) {
        return true;
      }
    }
    return false;
  }
}
