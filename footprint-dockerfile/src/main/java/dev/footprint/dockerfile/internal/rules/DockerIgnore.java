package dev.footprint.dockerfile.internal.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A .dockerignore file: which of the usual heavy or secret paths it keeps out of the context. */
final class DockerIgnore {
  private static final List<String> OUTPUTS = List.of("bin", "obj", "target", "node_modules");

  private final String name;
  private final List<String> patterns;

  private DockerIgnore(String name, List<String> patterns) {
    this.name = name;
    this.patterns = patterns;
  }

  /** {@code <Dockerfile>.dockerignore} next to the Dockerfile wins over the context's .dockerignore. */
  static DockerIgnore find(Path contextDir, String dockerfileName) {
    for (String candidate : List.of(dockerfileName + ".dockerignore", ".dockerignore")) {
      Path p = contextDir.resolve(candidate);
      if (Files.isRegularFile(p)) {
        try {
          List<String> patterns = new ArrayList<>();
          for (String line : Files.readAllLines(p)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
              patterns.add(t);
            }
          }
          return new DockerIgnore(candidate, patterns);
        } catch (IOException e) {
          return new DockerIgnore(candidate, List.of());
        }
      }
    }
    return null;
  }

  String name() {
    return name;
  }

  /** {@code .git} (always) and build-output directories present in the context that are not excluded. */
  List<String> missing(Path contextDir) {
    List<String> out = new ArrayList<>();
    if (!excludes(".git")) {
      out.add(".git");
    }
    for (String dir : OUTPUTS) {
      if (Files.isDirectory(contextDir.resolve(dir)) && !excludes(dir)) {
        out.add(dir + "/");
      }
    }
    return out;
  }

  boolean excludes(String dir) {
    boolean excluded = false;
    for (String p : patterns) {
      boolean negate = p.startsWith("!");
      String pat = normalise(negate ? p.substring(1) : p);
      if (pat.equals(dir) || pat.equals("**/" + dir) || pat.equals("*") || pat.equals("**") || pat.equals(dir + "*")) {
        excluded = !negate;
      }
    }
    return excluded;
  }

  private static String normalise(String p) {
    String s = p.strip();
    while (s.startsWith("./") || s.startsWith("/")) {
      s = s.substring(s.startsWith("./") ? 2 : 1);
    }
    while (s.endsWith("/**") || s.endsWith("/")) {
      s = s.endsWith("/**") ? s.substring(0, s.length() - 3) : s.substring(0, s.length() - 1);
    }
    return s;
  }
}
