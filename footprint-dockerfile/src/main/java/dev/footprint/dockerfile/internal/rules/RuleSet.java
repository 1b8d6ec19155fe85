package dev.footprint.dockerfile.internal.rules;

import static dev.footprint.dockerfile.lint.Severity.ERROR;
import static dev.footprint.dockerfile.lint.Severity.INFO;
import static dev.footprint.dockerfile.lint.Severity.WARNING;

import dev.footprint.dockerfile.lint.Rule;
import dev.footprint.dockerfile.lint.Severity;
import java.util.List;

/** The rule table: each rule's metadata next to the check that implements it. */
public final class RuleSet {
  /** A rule with its logic. */
  public record Entry(Rule rule, Check check) {}

  private static final List<Entry> ENTRIES = List.of(
      e("FP101", WARNING, "Single-stage build ships its toolchain",
          "the final image runs `%s` on %s, so compilers and caches ship with the app",
          "build in a first stage (FROM … AS build) and COPY --from=build only the artifact into a small final stage",
          false, "none (hadolint #947 requests it)", BuildRules::toolchainShipped),
      e("FP102", WARNING, "Go build without CGO_ENABLED=0 for a libc-less final image",
          "go build may link against glibc, but the final image %s has none: the binary will not start",
          "set CGO_ENABLED=0 for the build (inline `CGO_ENABLED=0 go build` or ENV CGO_ENABLED=0)",
          true, "none", BuildRules::cgoEnabled),
      e("FP103", WARNING, "Go build keeps symbols and DWARF",
          "go build without -ldflags \"-s -w\" keeps the symbol table and debug info (often 25-30%% of the binary)",
          "add -ldflags=\"-s -w\" to go build", true, "none", BuildRules::notStripped),
      e("FP104", INFO, "Go build without -trimpath",
          "go build without -trimpath embeds build paths: bigger, not reproducible",
          "add -trimpath to go build", true, "none", BuildRules::noTrimpath),
      e("FP105", WARNING, "Heavy final base for a static binary",
          "the final stage is based on %s but only ships a static binary",
          "use FROM scratch or gcr.io/distroless/static for the final stage", false, "none", BuildRules::heavyBase),
      e("FP106", ERROR, "glibc binary copied into a musl image",
          "the binary is built on %s (glibc) but copied into an alpine (musl) final stage: it will fail with 'not found'",
          "build with CGO_ENABLED=0 (Go) or static linking, or build on an alpine image too",
          false, "none", BuildRules::glibcOnMusl),
      e("FP201", WARNING, "apk add without --no-cache",
          "apk add without --no-cache leaves the package index in the layer",
          "use `apk add --no-cache` (or RUN --mount=type=cache,target=/var/cache/apk)",
          true, "hadolint DL3019", PackageRules::apkCache),
      e("FP202", WARNING, "apt-get install without --no-install-recommends",
          "apt-get install without --no-install-recommends pulls in recommended packages",
          "add --no-install-recommends to apt-get install", true, "hadolint DL3015", PackageRules::aptRecommends),
      e("FP203", WARNING, "apt lists not removed in the same RUN",
          "apt-get update leaves /var/lib/apt/lists (tens of MB) in this layer",
          "end the same RUN with `rm -rf /var/lib/apt/lists/*` (or use a cache mount on /var/lib/apt/lists)",
          true, "hadolint DL3009", PackageRules::aptLists),
      e("FP204", WARNING, "apt-get update alone in a RUN",
          "apt-get update in its own RUN is cached separately: a later install can use a stale index",
          "run `apt-get update && apt-get install … && rm -rf /var/lib/apt/lists/*` in one RUN",
          true, "none (hadolint DL3009 covers the cleanup only)", PackageRules::updateAlone),
      e("FP205", WARNING, "pip install without --no-cache-dir",
          "pip install keeps its wheel cache in the layer",
          "add --no-cache-dir (or ENV PIP_NO_CACHE_DIR=1, or a cache mount on /root/.cache/pip)",
          true, "hadolint DL3042", PackageRules::pipCache),
      e("FP206", INFO, "npm install where npm ci belongs",
          "npm install re-resolves versions and may rewrite the lock file",
          "use `npm ci` (add --omit=dev for production images)", false, "none", PackageRules::npmCi),
      e("FP301", INFO, "Consecutive RUNs",
          "%s consecutive RUN instructions (lines %s) create one layer each",
          "join them with && in one RUN (keep separate RUNs only where the build cache needs them)",
          false, "hadolint DL3059", LayerRules::consecutiveRuns),
      e("FP302", WARNING, "Whole context copied before dependencies are downloaded",
          "COPY of the whole context before dependencies are fetched: every source change re-downloads them",
          "COPY %s first, RUN %s, then COPY the rest", false, "none (hadolint PR #1200 was closed)",
          LayerRules::copyBeforeDeps),
      e("FP303", WARNING, "ADD for local files",
          "ADD %s copies local files; ADD also unpacks archives and fetches URLs, which hides intent",
          "use COPY for local files", true, "hadolint DL3020", LayerRules::addLocal),
      e("FP304", WARNING, "Whole context copied with no .dockerignore",
          "COPY/ADD of the whole context with no .dockerignore sends .git, build outputs and secrets into the image",
          "add a .dockerignore that excludes .git, build outputs and local secrets",
          false, "none (hadolint #813)", LayerRules::noDockerignore),
      e("FP305", INFO, ".dockerignore misses .git or build outputs",
          "%s does not exclude %s",
          "add those paths to .dockerignore", false, "none", LayerRules::weakDockerignore),
      e("FP401", WARNING, "Base image :latest or untagged",
          "base image %s %s: builds change without notice and the cache is never reused reliably",
          "pin a version tag (and ideally a digest)", false, "hadolint DL3006/DL3007", RuntimeRules::latestTag),
      e("FP402", WARNING, "Shell-form CMD/ENTRYPOINT",
          "shell-form %s runs under /bin/sh -c: the app is not PID 1 and does not get SIGTERM, so stops take the full timeout",
          "use the exec form: CMD [\"/app\", \"arg\"]", true,
          "hadolint DL3025, BuildKit JSONArgsRecommended", RuntimeRules::shellForm),
      e("FP403", WARNING, "Entrypoint script without exec",
          "entrypoint script %s never calls exec: the app runs as a child of the shell and misses signals",
          "end the script with `exec \"$@\"` (or exec the app)", false, "none", RuntimeRules::entrypointWithoutExec),
      e("FP404", INFO, "Final stage runs as root",
          "the final image runs as root (%s)",
          "add `USER 65532:65532` (or a named non-root user) in the final stage",
          false, "hadolint DL3002 (only with an explicit USER root)", RuntimeRules::runsAsRoot),
      e("FP405", WARNING, "Relative WORKDIR",
          "WORKDIR %s is relative to the base image's working directory",
          "use an absolute path", false, "hadolint DL3000, BuildKit WorkdirRelativePath", RuntimeRules::relativeWorkdir),
      e("FP406", ERROR, "Base image from an untrusted registry",
          "base image %s comes from %s, which is not in lint.trusted-registries",
          "use an image from a trusted registry, or add the registry to .footprint.yaml",
          false, "hadolint DL3026", RuntimeRules::untrustedRegistry),
      e("FP501", WARNING, "Backslash path in a Linux Dockerfile",
          "%s: \\ is the escape character here, so the backslashes vanish",
          "use / in paths (or add `# escape=`` ` if this Dockerfile targets Windows)",
          false, "none (hadolint #371)", WindowsRules::backslashPaths),
      e("FP502", ERROR, "Single backslashes in Windows paths with the default escape",
          "Windows path with single backslashes while \\ is the escape character: %s",
          "add `# escape=`` ` as the first line, or double the backslashes", false, "none", WindowsRules::singleBackslashes),
      e("FP503", WARNING, "Windows drive path in a Linux image",
          "%s is a Windows path, but the image is Linux", "use a Linux path such as /app", false, "none",
          WindowsRules::drivePaths),
      e("FP504", WARNING, "CRLF line ends in a Linux Dockerfile",
          "the Dockerfile has CRLF line ends: heredocs and copied scripts get a stray \\r",
          "convert to LF (git: `* text=auto eol=lf` in .gitattributes)", true, "none", WindowsRules::crlf));

  private RuleSet() {}

  private static Entry e(String id, Severity severity, String title, String message, String fix,
      boolean autofix, String peer, Check check) {
    return new Entry(new Rule(id, severity, title, message, fix, autofix, peer), check);
  }

  public static List<Entry> entries() {
    return ENTRIES;
  }
}
