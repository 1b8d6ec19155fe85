package dev.footprint.image;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of an image config (OCI {@code config.json} / docker image JSON) footprint uses.
 * Collections are immutable copies; absent fields are empty. Immutable.
 *
 * @param created RFC 3339 text as written by the builder (not reparsed, so it round-trips)
 * @param env {@code NAME=value} strings in order
 * @param exposedPorts keys of {@code ExposedPorts}, e.g. {@code 8080/tcp}
 * @param diffIds {@code rootfs.diff_ids}: digests of the uncompressed layer tars, base first
 */
public record ImageConfig(
    Platform platform,
    Optional<String> created,
    Optional<String> author,
    List<String> entrypoint,
    List<String> cmd,
    List<String> env,
    String user,
    String workingDir,
    List<String> exposedPorts,
    Map<String, String> labels,
    Optional<String> stopSignal,
    List<HistoryEntry> history,
    List<Digest> diffIds) {

  public ImageConfig {
    entrypoint = List.copyOf(entrypoint);
    cmd = List.copyOf(cmd);
    env = List.copyOf(env);
    user = user == null ? "" : user;
    workingDir = workingDir == null ? "" : workingDir;
    exposedPorts = List.copyOf(exposedPorts);
    labels = Map.copyOf(labels);
    history = List.copyOf(history);
    diffIds = List.copyOf(diffIds);
  }

  /** Names of the environment variables (values may be secrets, so reports show names). */
  public List<String> envNames() {
    return env.stream().map(e -> e.contains("=") ? e.substring(0, e.indexOf('=')) : e).toList();
  }
}
