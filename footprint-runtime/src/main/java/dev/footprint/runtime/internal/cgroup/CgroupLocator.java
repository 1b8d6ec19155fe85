package dev.footprint.runtime.internal.cgroup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.footprint.common.InvalidInputException;
import dev.footprint.runtime.sample.SampleTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the cgroup of a container without asking a daemon: first a runc/crun state file
 * ({@code ROOT/ID/state.json}, whose {@code cgroup_paths} names every controller directory), then a
 * search of the cgroup tree for a directory named after the id ({@code ID}, {@code docker-ID.scope},
 * {@code libpod-ID.scope}, {@code cri-containerd-ID.scope}…). Works on v1, v2 and hybrid hosts; on
 * hybrid hosts the v1 controllers win because the unified tree there carries no memory or CPU files.
 */
public final class CgroupLocator {
  /** Controllers whose v1 directories footprint reads. */
  static final List<String> V1_CONTROLLERS = List.of("memory", "cpuacct", "pids", "blkio");

  private static final int MAX_DEPTH = 8;
  private final Path cgroupRoot;
  private final List<Path> stateRoots;

  public CgroupLocator(Path cgroupRoot, List<Path> stateRoots) {
    this.cgroupRoot = cgroupRoot;
    this.stateRoots = List.copyOf(stateRoots);
  }

  /** The host's /sys/fs/cgroup and the state directories runc, crun and containerd use. */
  public static CgroupLocator forHost() {
    List<Path> roots = new ArrayList<>(List.of(Path.of("/run/runc"), Path.of("/run/crun")));
    Path containerd = Path.of("/run/containerd/runc");
    if (Files.isDirectory(containerd)) {
      try (Stream<Path> ns = Files.list(containerd)) {
        ns.forEach(roots::add);
      } catch (IOException e) {
        // Unreadable containerd state: the cgroup tree search below still works.
      }
    }
    String xdg = System.getenv("XDG_RUNTIME_DIR");
    if (xdg != null) {
      roots.add(Path.of(xdg, "runc"));
      roots.add(Path.of(xdg, "crun"));
    }
    return new CgroupLocator(Path.of("/sys/fs/cgroup"), roots);
  }

  /** True when the root is a pure cgroup v2 mount. */
  public boolean unifiedOnly() {
    return Files.exists(cgroupRoot.resolve("cgroup.controllers"));
  }

  /**
   * The cgroup of a container id (full or a unique prefix of at least 4 characters) or of a
   * cgroup directory path.
   */
  public SampleTarget.Cgroup locate(String idOrPath) throws InvalidInputException, IOException {
    Path asPath = Path.of(idOrPath);
    if (asPath.isAbsolute() && Files.isDirectory(asPath)) {
      return fromDirectory(idOrPath, asPath);
    }
    if (idOrPath.length() < 4 || !idOrPath.matches("[A-Za-z0-9_.-]+")) {
      throw new InvalidInputException("container id '" + idOrPath + "' is too short or has odd characters; give at least 4 characters of the id");
    }
    for (Path root : stateRoots) {
      Path state = root.resolve(idOrPath).resolve("state.json");
      if (Files.isRegularFile(state)) {
        return fromState(idOrPath, state);
      }
    }
    return search(idOrPath);
  }

  SampleTarget.Cgroup fromState(String id, Path state) throws IOException, InvalidInputException {
    JsonNode paths = new ObjectMapper().readTree(state.toFile()).path("cgroup_paths");
    Map<String, Path> dirs = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      dirs.put(e.getKey(), Path.of(e.getValue().asText()));
    }
    // Hybrid hosts list the (controller-less) unified directory under "" beside the v1 ones.
    Path unified = dirs.get("");
    dirs.keySet().retainAll(V1_CONTROLLERS);
    if (dirs.isEmpty() && unified != null) {
      return new SampleTarget.Cgroup(id, 2, Map.of("", unified));
    }
    if (dirs.isEmpty()) {
      throw new InvalidInputException("runc state " + state + " names no memory, cpuacct, pids or blkio cgroup");
    }
    return new SampleTarget.Cgroup(id, 1, dirs);
  }

  private SampleTarget.Cgroup search(String id) throws IOException, InvalidInputException {
    Path hierarchy = unifiedOnly() ? cgroupRoot : cgroupRoot.resolve("memory");
    if (!Files.isDirectory(hierarchy)) {
      hierarchy = cgroupRoot.resolve("unified");
    }
    TreeSet<Path> matches = new TreeSet<>();
    if (Files.isDirectory(hierarchy)) {
      Path real = hierarchy.toRealPath();
      try (Stream<Path> walk = Files.walk(real, MAX_DEPTH)) {
        walk.filter(Files::isDirectory).filter(p -> namesContainer(p, id)).forEach(matches::add);
      }
    }
    // A container id also names its child groups (e.g. docker-ID.scope/init); keep the outermost.
    matches.removeIf(p -> matches.stream().anyMatch(q -> !q.equals(p) && p.startsWith(q)));
    if (matches.isEmpty()) {
      throw new InvalidInputException("no cgroup found for container '" + id + "' (looked for runc/crun state and under " + cgroupRoot + ")");
    }
    if (matches.size() > 1) {
      throw new InvalidInputException("container id '" + id + "' is ambiguous: " + matches);
    }
    return fromDirectory(id, matches.first());
  }

  static boolean namesContainer(Path dir, String id) {
    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
    if (name.equals(id)) {
      return true;
    }
    int at = name.indexOf(id);
    return at > 0 && (name.charAt(at - 1) == '-' || name.charAt(at - 1) == ':');
  }

  /** The single directory with this name in a controller hierarchy, if exactly one exists. */
  private static java.util.Optional<Path> sameNameIn(Path hierarchy, String name) throws IOException {
    if (!Files.isDirectory(hierarchy)) {
      return java.util.Optional.empty();
    }
    try (Stream<Path> walk = Files.walk(hierarchy.toRealPath(), MAX_DEPTH)) {
      List<Path> found = walk.filter(p -> p.getFileName() != null && p.getFileName().toString().equals(name))
          .filter(Files::isDirectory).limit(2).toList();
      return found.size() == 1 ? java.util.Optional.of(found.get(0)) : java.util.Optional.empty();
    }
  }

  /** Maps a directory in one hierarchy to the same relative path in each v1 controller. */
  SampleTarget.Cgroup fromDirectory(String name, Path dir) throws IOException, InvalidInputException {
    Path real = dir.toRealPath();
    Path root = cgroupRoot.toRealPath();
    if (!real.startsWith(root)) {
      throw new InvalidInputException(dir + " is not under " + cgroupRoot);
    }
    Path rel = root.relativize(real);
    if (unifiedOnly()) {
      return new SampleTarget.Cgroup(name, 2, Map.of("", real));
    }
    String hierarchy = rel.getNameCount() > 0 ? rel.getName(0).toString() : "";
    Path inside = rel.getNameCount() > 1 ? rel.subpath(1, rel.getNameCount()) : Path.of("");
    if (hierarchy.equals("unified")) {
      return new SampleTarget.Cgroup(name, 2, Map.of("", real));
    }
    Map<String, Path> dirs = new LinkedHashMap<>();
    for (String c : V1_CONTROLLERS) {
      Path candidate = root.resolve(c).resolve(inside.toString());
      if (Files.isDirectory(candidate)) {
        dirs.put(c, candidate);
      } else if (inside.getFileName() != null && !inside.toString().isEmpty()) {
        // Controllers may nest the group differently (e.g. memory under the runtime's own group).
        sameNameIn(root.resolve(c), inside.getFileName().toString()).ifPresent(d -> dirs.put(c, d));
      }
    }
    if (dirs.isEmpty()) {
      throw new InvalidInputException(dir + " is not a cgroup directory footprint can read (no memory, cpuacct, pids or blkio controller)");
    }
    return new SampleTarget.Cgroup(name, 1, dirs);
  }
}
