package dev.footprint.dockerfile;

import dev.footprint.common.InvalidInputException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the Dockerfiles under a directory: {@code Dockerfile}, {@code Containerfile}, {@code
 * *.Dockerfile}, {@code Dockerfile.*} (not {@code *.dockerignore}), skipping hidden directories and
 * dependency trees ({@code node_modules}, {@code vendor}).
 */
public final class DockerfileTree {
  private static final Set<String> SKIP = Set.of("node_modules", "vendor", "target");

  private DockerfileTree() {}

  public static boolean isDockerfileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".dockerignore")) {
      return false;
    }
    return n.equals("dockerfile") || n.equals("containerfile") || n.endsWith(".dockerfile")
        || n.startsWith("dockerfile.") || n.startsWith("containerfile.");
  }

  /** Dockerfiles under {@code dir}, sorted by path. */
  public static List<Path> find(Path dir) throws InvalidInputException {
    List<Path> out = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          String name = d.getFileName() == null ? "" : d.getFileName().toString();
          boolean hidden = name.startsWith(".") && !d.equals(dir) && !name.equals(".") && !name.equals("..");
          return hidden || SKIP.contains(name) && !d.equals(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && isDockerfileName(f.getFileName().toString())) {
            out.add(f);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new InvalidInputException("cannot walk " + dir + ": " + e.getMessage(), e);
    }
    out.sort(null);
    return out;
  }
}
