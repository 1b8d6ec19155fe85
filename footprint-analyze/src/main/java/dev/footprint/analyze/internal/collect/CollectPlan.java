package dev.footprint.analyze.internal.collect;

import dev.footprint.analyze.Category;
import dev.footprint.analyze.internal.rules.ImagePaths;
import dev.footprint.analyze.internal.rules.PathRules;
import java.util.Locale;
import java.util.Set;

/**
 * Decides, from an entry's path alone, what the single pass must do with its content: keep it
 * as text, copy an executable out for the binary reader, look for a private key or a credential.
 * Immutable and thread-safe.
 *
 * @param entrypointKeys rule keys the entrypoint may resolve to (e.g. usr/local/bin/app)
 * @param entrypointNames base names of those (a symlink may lead elsewhere)
 */
public record CollectPlan(ImagePaths paths, Set<String> entrypointKeys, Set<String> entrypointNames) {
  static final long TEXT_LIMIT = 1 << 20;
  static final long PACKAGE_DB_LIMIT = 64L << 20;
  static final long KEY_FILE_LIMIT = 1 << 20;
  static final long SYSTEM_BINARY_LIMIT = 4L << 20;

  private static final Set<String> SYSTEM_DIRS =
      Set.of("bin", "sbin", "usr/bin", "usr/sbin", "lib", "lib64", "usr/lib", "usr/lib64", "usr/libexec", "libexec");
  private static final java.util.regex.Pattern SCRIPT = java.util.regex.Pattern.compile("\\.(sh|bash|py|pl|rb|js)$");
  private static final Set<String> CREDENTIAL_FILES = Set.of(".npmrc", ".pypirc", ".netrc", ".git-credentials");
  private static final Set<String> SOURCE_EXTENSIONS =
      Set.of("go", "c", "h", "cc", "cpp", "hpp", "rs", "py", "java", "js", "ts", "rb", "php", "cs", "md", "txt");

  /** Limit of bytes to keep whole for later parsing, or 0 when the file is not one we read. */
  long textLimit(String key) {
    if (paths.windows()) {
      return 0;
    }
    return switch (key) {
      case "var/lib/dpkg/status", "lib/apk/db/installed" -> PACKAGE_DB_LIMIT;
      case "etc/os-release", "usr/lib/os-release", "etc/passwd", "etc/group", "etc/ld.so.conf" -> TEXT_LIMIT;
      default -> key.startsWith("etc/ld.so.conf.d/") || (key.startsWith("etc/ld-musl-") && key.endsWith(".path"))
          ? TEXT_LIMIT : 0;
    };
  }

  /** Whether this file's content is a credentials file worth reading (small config files only). */
  boolean credentialCandidate(String key) {
    String name = baseName(key);
    return CREDENTIAL_FILES.contains(name) || (name.equals("config.json") && key.endsWith(".docker/config.json"));
  }

  /** Whether a private key should be looked for in this file's first bytes. */
  boolean keyCandidate(String key, long size) {
    if (size > KEY_FILE_LIMIT || key.contains("/testdata/") || inRuleCategory(key, Category.TOOLCHAIN)) {
      return false;
    }
    String name = baseName(key);
    int dot = name.lastIndexOf('.');
    return dot < 0 || !SOURCE_EXTENSIONS.contains(name.substring(dot + 1));
  }

  /** Whether an executable here should be read by the binary reader. */
  boolean binaryCandidate(String key, int mode, long size) {
    if (inRuleCategory(key, Category.TOOLCHAIN) || inRuleCategory(key, Category.PACKAGE_CACHE)) {
      return false;
    }
    if (isEntrypoint(key) || keepCopy(key)) {
      return true;
    }
    if (paths.windows()) {
      String lower = key.toLowerCase(Locale.ROOT);
      return !lower.startsWith("windows/") && (lower.endsWith(".exe") || lower.endsWith(".dll"));
    }
    // When the entrypoint is a system program or a script, small system programs are read too: it
    // may reach one through a link or a #! line the pass cannot follow yet (/bin/sh -> busybox).
    return (mode & 0111) != 0 && (!isSystemPath(key) || (size <= SYSTEM_BINARY_LIMIT && mayRunSystemProgram()));
  }

  private boolean mayRunSystemProgram() {
    return entrypointKeys.stream().anyMatch(k -> isSystemPath(k) || SCRIPT.matcher(k).find());
  }

  /** Whether the path is where a distribution's package manager puts programs and libraries. */
  public static boolean isSystemPath(String key) {
    return SYSTEM_DIRS.contains(parent(key)) || key.startsWith("usr/lib/") || key.startsWith("lib/")
        || key.startsWith("usr/libexec/");
  }

  /** Whether the copy must stay for the library closure (libraries, loaders, the entrypoint). */
  boolean keepCopy(String key) {
    if (paths.windows()) {
      return false;
    }
    String name = baseName(key);
    return isEntrypoint(key) || name.startsWith("ld-") || (name.startsWith("lib") && name.contains(".so"));
  }

  boolean isEntrypoint(String key) {
    return entrypointKeys.contains(key) || entrypointNames.contains(baseName(key));
  }

  private boolean inRuleCategory(String key, Category category) {
    return PathRules.classify(key.split("/")).filter(m -> m.rule().category() == category).isPresent();
  }

  static String baseName(String key) {
    return key.substring(key.lastIndexOf('/') + 1);
  }

  static String parent(String key) {
    int slash = key.lastIndexOf('/');
    return slash < 0 ? "" : key.substring(0, slash);
  }
}
