package dev.footprint.runtime.internal.bundle;

import dev.footprint.common.AtomicOutput;
import dev.footprint.common.FootprintException;
import dev.footprint.image.Image;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Unpacked root file systems keyed by image id (config digest): {@code CACHE/bundles-v2/HEX/rootfs} (the suffix changes when the unpacker does, so older entries are never trusted).
 * An entry appears whole or not at all (built in a temporary sibling and renamed), so a crash
 * mid-unpack never leaves a half rootfs that a later run would trust. Runs never write into it:
 * each container gets an overlay on top.
 */
public final class BundleCache {
  private final Path root;

  public BundleCache(Path root) {
    this.root = root;
  }

  /** The default location: {@code $FOOTPRINT_CACHE} or {@code ~/.cache/footprint}. */
  public static Path defaultRoot() {
    String env = System.getenv("FOOTPRINT_CACHE");
    return env != null && !env.isBlank()
        ? Path.of(env)
        : Path.of(System.getProperty("user.home"), ".cache", "footprint");
  }

  /** The cached rootfs for {@code image}, unpacking it first when absent. */
  public synchronized Path rootfs(Image image) throws IOException, FootprintException {
    Path entry = root.resolve("bundles-v2").resolve(image.configDigest().hex());
    Path rootfs = entry.resolve("rootfs");
    if (!Files.isDirectory(rootfs)) {
      boolean asRoot = "root".equals(System.getProperty("user.name"));
      AtomicOutput.writeDirectory(
          entry, dir -> new RootfsUnpacker(asRoot).unpack(image, dir.resolve("rootfs")));
    }
    return rootfs;
  }
}
