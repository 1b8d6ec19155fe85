package dev.footprint.runtime.internal.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.footprint.image.Image;
import dev.footprint.image.ImageOptions;
import dev.footprint.image.Images;
import dev.footprint.runtime.internal.container.Tools;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our unpacked rootfs must equal umoci's for the whiteout-heavy fixture. */
class RootfsUnpackerIT {
  @TempDir Path temp;

  @Test
  void unpack_layersChurn_matchesUmoci() throws Exception {
    Path layout = fixtures().resolve("layers-churn/oci");
    assumeThat(Files.isDirectory(layout)).as("layers-churn fixture").isTrue();
    assumeThat(Tools.onPath("umoci")).as("umoci").isPresent();
    assumeThat(System.getProperty("user.name")).isEqualTo("root");

    Path ours = temp.resolve("ours");
    try (Image image = Images.open("oci:" + layout + ":latest", ImageOptions.defaults())) {
      new RootfsUnpacker(true).unpack(image, ours);
    }
    Path bundle = temp.resolve("umoci");
    Process p = new ProcessBuilder("umoci", "unpack", "--image", layout + ":latest", bundle.toString())
        .redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0).as(log).isTrue();

    Map<String, String> expected = tree(bundle.resolve("rootfs"));
    assertThat(tree(ours)).isEqualTo(expected);
    assertThat(expected).isNotEmpty();
  }

  /** Path → type, mode, and content hash or link target. */
  private static Map<String, String> tree(Path root) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (p.equals(root)) {
          continue;
        }
        String rel = root.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          out.put(rel, "link " + Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          out.put(rel, "dir " + mode(p));
        } else {
          byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
          out.put(rel, "file " + mode(p) + " " + HexFormat.of().formatHex(hash));
        }
      }
    }
    return out;
  }

  private static String mode(Path p) throws Exception {
    return Integer.toOctalString((Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777);
  }

  private static Path fixtures() {
    String p = System.getProperty("footprint.fixtures");
    return p != null ? Path.of(p) : Path.of(System.getProperty("user.home"), ".cache/footprint/fixtures");
  }
}
