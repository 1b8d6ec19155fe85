package dev.footprint.runtime.internal.container;

import dev.footprint.common.UnavailableException;
import dev.footprint.runtime.RuntimeKind;
import dev.footprint.runtime.internal.bundle.BundleCache;
import dev.footprint.runtime.internal.limits.CgroupLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Picks the runtime: the one asked for, or the first available of runc, crun, podman, docker for
 * images. runc comes before crun because crun refuses hybrid cgroup v1/v2 hosts, which are still
 * common; a plain program always gets the process runtime.
 */
public final class RuntimeSelector {
  static final List<RuntimeKind> IMAGE_ORDER =
      List.of(RuntimeKind.RUNC, RuntimeKind.CRUN, RuntimeKind.PODMAN, RuntimeKind.DOCKER);

  private final Function<String, Optional<Path>> finder;
  private final BundleCache cache;
  private final Path tempRoot;
  private final CgroupLayout layout;

  public RuntimeSelector(
      Function<String, Optional<Path>> finder, BundleCache cache, Path tempRoot, CgroupLayout layout) {
    this.finder = finder;
    this.cache = cache;
    this.tempRoot = tempRoot;
    this.layout = layout;
  }

  public static RuntimeSelector forHost() {
    return new RuntimeSelector(
        Tools::onPath,
        new BundleCache(BundleCache.defaultRoot()),
        Path.of(System.getProperty("java.io.tmpdir")),
        CgroupLayout.ofHost());
  }

  public RuntimeSelector withTempRoot(Path other) {
    return new RuntimeSelector(finder, cache, other, layout);
  }

  /** The kind to use; {@code requested} null means detect. */
  public RuntimeKind choose(RuntimeKind requested, boolean targetIsImage) throws UnavailableException {
    if (requested != null) {
      if (requested != RuntimeKind.PROCESS && finder.apply(requested.cliName()).isEmpty()) {
        throw new UnavailableException(
            requested.cliName() + " not found on PATH; install it or choose another --runtime");
      }
      return requested;
    }
    if (!targetIsImage) {
      return RuntimeKind.PROCESS;
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    for (RuntimeKind k : IMAGE_ORDER) {
      // runc and crun need root here: footprint makes cgroups and overlay mounts itself.
      if ((k == RuntimeKind.RUNC || k == RuntimeKind.CRUN) && !root) {
        continue;
      }
      if (finder.apply(k.cliName()).isPresent()) {
        return k;
      }
    }
    throw new UnavailableException(
        "no container runtime found (looked for runc as root, crun, podman, docker);"
            + " install runc or podman, or use --runtime process for a host program");
  }

  public ContainerRuntime create(RuntimeKind kind) throws UnavailableException {
    return switch (kind) {
      case PROCESS -> new ProcessRuntime(layout);
      case RUNC, CRUN -> new RuncRuntime(kind, require(kind), cache, tempRoot, layout);
      case PODMAN, DOCKER -> new CliRuntime(kind, require(kind).toString());
    };
  }

  private Path require(RuntimeKind kind) throws UnavailableException {
    return finder
        .apply(kind.cliName())
        .orElseThrow(
            () ->
                new UnavailableException(
                    kind.cliName() + " not found on PATH; install it or choose another --runtime"));
  }
}
