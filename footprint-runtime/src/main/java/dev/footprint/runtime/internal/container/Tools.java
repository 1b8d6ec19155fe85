package dev.footprint.runtime.internal.container;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds executables on PATH (with Windows extensions), as a shell would. */
public final class Tools {
  private Tools() {}

  public static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    boolean windows = File.separatorChar == '\\';
    String[] suffixes = windows ? new String[] {"", ".exe", ".cmd", ".bat"} : new String[] {""};
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      for (String s : suffixes) {
        Path candidate = Path.of(dir, name + s);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
