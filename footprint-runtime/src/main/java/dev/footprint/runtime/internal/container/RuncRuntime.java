package dev.footprint.runtime.internal.container;

import dev.footprint.common.AtomicOutput;
import dev.footprint.common.FootprintException;
import dev.footprint.common.UnavailableException;
import dev.footprint.image.Image;
import dev.footprint.image.ImageOptions;
import dev.footprint.image.Images;
import dev.footprint.runtime.RunSpec;
import dev.footprint.runtime.RuntimeKind;
import dev.footprint.runtime.internal.bundle.BundleCache;
import dev.footprint.runtime.internal.bundle.ContainerProcess;
import dev.footprint.runtime.internal.bundle.OciConfig;
import dev.footprint.runtime.internal.bundle.ProcessPlan;
import dev.footprint.runtime.internal.limits.CgroupLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Runs an image with runc (or crun, same CLI) from a bundle footprint builds itself: the cached
 * rootfs as the lower layer of an overlay mount (so runs never dirty the cache), a config.json
 * from the image config, and a cgroup named after the container.
 */
public final class RuncRuntime implements ContainerRuntime {
  private final RuntimeKind kind;
  private final Path binary;
  private final BundleCache cache;
  private final Path tempRoot;
  private final CgroupLayout layout;

  public RuncRuntime(RuntimeKind kind, Path binary, BundleCache cache, Path tempRoot, CgroupLayout layout) {
    this.kind = kind;
    this.binary = binary;
    this.cache = cache;
    this.tempRoot = tempRoot;
    this.layout = layout;
  }

  @Override
  public RuntimeKind kind() {
    return kind;
  }

  @Override
  public String version() {
    try {
      Exec.Result r = Exec.run(List.of(binary.toString(), "--version"), 10);
      return r.stdout().lines().findFirst().orElse(kind.cliName());
    } catch (IOException e) {
      return kind.cliName();
    }
  }

  /** The image id (config digest) of the target, for reports. */
  public String imageDigest(String target) throws IOException, FootprintException {
    try (Image image = Images.open(target, ImageOptions.defaults())) {
      return image.configDigest().toString();
    }
  }

  @Override
  public Launched launch(RunSpec spec) throws FootprintException, IOException {
    Path rootfs;
    ContainerProcess process;
    try (Image image = Images.open(spec.target(), ImageOptions.defaults())) {
      rootfs = cache.rootfs(image);
      process = ProcessPlan.of(image.config(), spec.args(), rootfs);
    }
    String id = "footprint-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Files.createDirectories(tempRoot);
    Path bundle = Files.createTempDirectory(tempRoot, "footprint-run-");
    RuncLaunched launched = new RuncLaunched(binary, id, bundle, layout);
    try {
      boolean overlay = launched.mountOverlay(rootfs);
      String root = overlay ? "rootfs" : rootfs.toString();
      OciConfig oci = new OciConfig();
      oci.write(oci.build(process, root, !overlay, "/" + id, spec.limits()), bundle.resolve("config.json"));
      launched.start();
      return launched;
    } catch (IOException | RuntimeException e) {
      launched.close();
      throw e;
    }
  }

  /** Fails with exit 3 when the binary is missing. */
  public static Path requireBinary(RuntimeKind kind) throws UnavailableException {
    return Tools.onPath(kind.cliName())
        .orElseThrow(
            () ->
                new UnavailableException(
                    kind.cliName() + " not found on PATH; install it (Debian: apt-get install "
                        + kind.cliName() + ") or choose another --runtime"));
  }

  static void deleteQuietly(Path dir) {
    try {
      AtomicOutput.deleteTree(dir);
    } catch (IOException e) {
      // Best effort in cleanup; the caller reports leftovers it can see.
    }
  }
}
