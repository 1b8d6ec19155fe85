package dev.footprint.analyze.internal.rules;

import static dev.footprint.analyze.Category.DOCS;
import static dev.footprint.analyze.Category.PACKAGE_CACHE;
import static dev.footprint.analyze.Category.TOOLCHAIN;
import static dev.footprint.analyze.Category.VCS;

import java.util.List;
import java.util.Optional;

/**
 * The path classification rules, as data. Order matters: a path belongs to the first rule that
 * matches, so no byte is counted by two findings (a Go module cache inside a toolchain directory
 * is toolchain). Paths are relative, lower case for Windows images (their {@code Files/} prefix
 * removed). Stateless.
 */
public final class PathRules {
  private static final long KB = 1024;

  private static final List<PathRule> RULES = List.of(
      // Build toolchains in a runtime image: the signature of a single-stage build.
      PathRule.of(TOOLCHAIN, "Go toolchain", 1, "build in a separate stage (FROM golang AS build) and copy only the binary into a"
          + " scratch or distroless/static runtime stage",
          "usr/local/go", "usr/lib/go-*", "usr/lib/go", "usr/share/go-*", "usr/share/go", "program files/go"),
      PathRule.of(TOOLCHAIN, "C/C++ toolchain (gcc, binutils, headers)", 1, "compile in a build stage and copy only the"
          + " outputs; install -dev packages and gcc only there",
          "usr/lib/gcc", "usr/libexec/gcc", "usr/lib/gcc-cross", "usr/include", "usr/local/include",
          "usr/bin/gcc*", "usr/bin/g++*", "usr/bin/*-linux-gnu-gcc*", "usr/bin/*-linux-gnu-g++*",
          "usr/bin/*-linux-gnu-ld*", "usr/bin/*-linux-gnu-as", "usr/bin/*-linux-gnu-objdump",
          "usr/bin/cc1*", "usr/bin/ld", "usr/bin/ld.bfd", "usr/bin/ld.gold", "usr/bin/as", "usr/bin/objdump",
          "usr/bin/clang*", "usr/lib/llvm-*", "usr/lib/*-linux-gnu/libbfd*", "usr/lib/*-linux-gnu/libopcodes*",
          "usr/lib/*-linux-gnu/*.a", "usr/lib/*-linux-gnu/libasan*", "usr/lib/*-linux-gnu/libtsan*",
          "usr/lib/*-linux-gnu/liblsan*", "usr/lib/*-linux-gnu/libubsan*"),
      PathRule.of(TOOLCHAIN, "JDK development tools (a JRE suffices to run)", 1, "run on a JRE or a jlink-ed runtime"
          + " (jlink --add-modules ... --strip-debug --no-man-pages --no-header-files)",
          "usr/lib/jvm/*/jmods", "usr/lib/jvm/*/include", "usr/lib/jvm/*/lib/src.zip", "usr/lib/jvm/*/lib/ct.sym",
          "usr/lib/jvm/*/bin/javac", "usr/lib/jvm/*/bin/jar", "usr/lib/jvm/*/bin/jlink", "usr/lib/jvm/*/bin/jdeps",
          "opt/java/openjdk/jmods", "opt/java/openjdk/include", "opt/java/openjdk/lib/src.zip",
          "opt/java/openjdk/lib/ct.sym", "opt/java/openjdk/bin/javac", "opt/java/openjdk/bin/jlink"),
      // Package manager and build tool caches.
      PathRule.of(PACKAGE_CACHE, "apt package lists", KB, "remove them in the same RUN: apt-get update && apt-get install ..."
          + " && rm -rf /var/lib/apt/lists/* (or use RUN --mount=type=cache,target=/var/lib/apt)",
          "var/lib/apt/lists"),
      PathRule.of(PACKAGE_CACHE, "apt archives and caches", KB, "run apt-get clean in the same RUN as apt-get install"
          + " (or use RUN --mount=type=cache,target=/var/cache/apt)", "var/cache/apt"),
      PathRule.of(PACKAGE_CACHE, "apk cache", KB, "use apk add --no-cache", "var/cache/apk", "etc/apk/cache"),
      PathRule.of(PACKAGE_CACHE, "dnf/yum/zypper cache", KB, "run dnf clean all (yum clean all, zypper clean -a) in the"
          + " same RUN, or use a cache mount", "var/cache/dnf", "var/cache/yum", "var/cache/zypp"),
      PathRule.of(PACKAGE_CACHE, "pip cache", KB, "use pip install --no-cache-dir (or a cache mount)",
          "**/.cache/pip", "users/*/appdata/local/pip/cache"),
      PathRule.of(PACKAGE_CACHE, "npm cache", KB, "run npm ci && npm cache clean --force in the same RUN, or use a cache"
          + " mount on ~/.npm", "**/.npm/_cacache", "**/.npm/_logs", "users/*/appdata/local/npm-cache",
          "users/*/appdata/roaming/npm-cache"),
      PathRule.of(PACKAGE_CACHE, "yarn cache", KB, "run yarn cache clean in the same RUN, or use a cache mount",
          "**/.cache/yarn", "**/.yarn/cache", "usr/local/share/.cache/yarn", "users/*/appdata/local/yarn/cache"),
      PathRule.of(PACKAGE_CACHE, "Go build cache", KB, "build in a separate stage, or use"
          + " RUN --mount=type=cache,target=/root/.cache/go-build", "**/.cache/go-build",
          "users/*/appdata/local/go-build"),
      PathRule.of(PACKAGE_CACHE, "Go module cache", KB, "build in a separate stage, or use"
          + " RUN --mount=type=cache,target=/go/pkg/mod", "**/go/pkg/mod", "**/gopath/pkg/mod"),
      PathRule.of(PACKAGE_CACHE, "Maven repository", KB, "build in a separate stage and copy only the jar, or use"
          + " RUN --mount=type=cache,target=/root/.m2", "**/.m2/repository"),
      PathRule.of(PACKAGE_CACHE, "Gradle caches", KB, "build in a separate stage, or use"
          + " RUN --mount=type=cache,target=/root/.gradle", "**/.gradle/caches", "**/.gradle/wrapper/dists"),
      PathRule.of(PACKAGE_CACHE, "NuGet cache", KB, "build in a separate stage, or clear it with dotnet nuget locals all"
          + " --clear", "**/.nuget/packages", "users/*/appdata/local/nuget"),
      // Version control metadata.
      PathRule.of(VCS, "version control metadata", 1, "exclude it from the build context (.dockerignore: .git) or copy"
          + " only what the service needs", "**/.git", "**/.svn", "**/.hg"),
      // Documentation, manual pages and locales (copyright files stay: licences require them).
      PathRule.of(DOCS, "documentation, man pages and locales", 16 * KB, "drop them in the same RUN that installs packages"
          + " (dpkg path-exclude for /usr/share/doc, man, info, locale), or use a distroless-like base",
          "usr/share/doc", "usr/share/man", "usr/share/info", "usr/share/locale", "usr/share/gtk-doc",
          "usr/share/help", "usr/local/share/man", "usr/local/share/doc"));

  private PathRules() {}

  public static List<PathRule> all() {
    return RULES;
  }

  /** The first rule matching {@code path} (segments) and its matched depth. */
  public static Optional<Match> classify(String[] path) {
    for (PathRule r : RULES) {
      int depth = r.matchedDepth(path);
      if (depth > 0) {
        if (r.category() == DOCS && isLicence(path)) {
          return Optional.empty();
        }
        return Optional.of(new Match(r, depth));
      }
    }
    return Optional.empty();
  }

  /** The first rule matching {@code path}, licence files included (they are still docs). */
  public static Optional<Match> classifyAll(String[] path) {
    for (PathRule r : RULES) {
      int depth = r.matchedDepth(path);
      if (depth > 0) {
        return Optional.of(new Match(r, depth));
      }
    }
    return Optional.empty();
  }

  /** Whether a docs match is a licence file, which stays (licences require it). */
  public static boolean isLicenceDoc(Match m, String path) {
    return m.rule().category() == DOCS && isLicence(path.split("/"));
  }

  private static boolean isLicence(String[] path) {
    String name = path[path.length - 1];
    return name.equals("copyright") || name.startsWith("license") || name.startsWith("licence");
  }

  /** A path's rule and the number of leading segments forming the matched root. */
  public record Match(PathRule rule, int depth) {}
}
