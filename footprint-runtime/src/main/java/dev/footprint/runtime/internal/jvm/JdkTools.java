package dev.footprint.runtime.internal.jvm;

import dev.footprint.common.UnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds JDK tools (jstat, jcmd): beside this JVM, under JAVA_HOME, then on PATH. */
public final class JdkTools {
  private JdkTools() {}

  public static Path find(String tool) throws UnavailableException {
    String exe = System.getProperty("os.name", "").startsWith("Windows") ? tool + ".exe" : tool;
    List<Path> candidates = new ArrayList<>();
    candidates.add(Path.of(System.getProperty("java.home"), "bin", exe));
    String javaHome = System.getenv("JAVA_HOME");
    if (javaHome != null) {
      candidates.add(Path.of(javaHome, "bin", exe));
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        if (!dir.isEmpty()) {
          candidates.add(Path.of(dir, exe));
        }
      }
    }
    for (Path c : candidates) {
      if (Files.isExecutable(c)) {
        return c;
      }
    }
    throw new UnavailableException(tool + " not found beside java, in JAVA_HOME or on PATH; --jvm needs a JDK (not just a JRE)");
  }
}
