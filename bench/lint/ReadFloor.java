import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The physical floor for the lint benchmark: start a JVM, find the same files, read every byte. */
public final class ReadFloor {
  public static void main(String[] args) throws IOException {
    long files = 0;
    long bytes = 0;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (p.getFileName().toString().equals("Dockerfile") && Files.isRegularFile(p)) {
          bytes += Files.readAllBytes(p).length;
          files++;
        }
      }
    }
    System.out.println(files + " files, " + bytes + " bytes");
  }
}
