package dev.footprint.runtime.internal.container;

import dev.footprint.runtime.Limits;
import dev.footprint.runtime.RuntimeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command lines footprint gives the podman and docker CLIs. Kept apart from process handling
 * so each line is unit-tested without either tool installed.
 */
public final class CliCommands {
  private static final Pattern LOADED = Pattern.compile("Loaded image(?: ID)?: (\\S+)");

  private final String binary;
  private final RuntimeKind kind;

  public CliCommands(String binary, RuntimeKind kind) {
    if (kind != RuntimeKind.PODMAN && kind != RuntimeKind.DOCKER) {
      throw new IllegalArgumentException("CLI runtimes are podman and docker, not " + kind);
    }
    this.binary = binary;
    this.kind = kind;
  }

  /**
   * Foreground run (output comes back on our pipes) with host networking, as runc runs; the
   * container is removed explicitly by {@link #remove} so a crash of footprint's JVM between run
   * and exit still leaves a named container a user can find.
   */
  public List<String> run(String name, String image, List<String> args, Limits limits) {
    List<String> c = new ArrayList<>(List.of(binary, "run", "--name", name, "--network", "host"));
    if (limits.cpus() > 0) {
      c.add("--cpus");
      c.add(String.format(Locale.ROOT, "%.3f", limits.cpus()));
    }
    if (limits.memoryBytes() > 0) {
      c.add("--memory");
      c.add(limits.memoryBytes() + "b");
      c.add("--memory-swap");
      c.add(limits.memoryBytes() + "b");
    }
    c.add(image);
    c.addAll(args);
    return c;
  }

  public List<String> pid(String name) {
    return List.of(binary, "inspect", "--format", "{{.State.Pid}}", name);
  }

  public List<String> remove(String name) {
    return List.of(binary, "rm", "--force", name);
  }

  public List<String> version() {
    return List.of(binary, "--version");
  }

  /**
   * The image argument for {@code run}. podman reads archives and OCI layouts through its
   * transports directly; docker needs {@code docker load} first ({@link #load}) and then the
   * loaded name.
   */
  public Optional<List<String>> load(String reference) {
    if (kind == RuntimeKind.DOCKER) {
      for (String prefix : List.of("docker-archive:", "oci-archive:")) {
        if (reference.startsWith(prefix)) {
          return Optional.of(List.of(binary, "load", "--input", archivePath(reference.substring(prefix.length()))));
        }
      }
      if (reference.endsWith(".tar")) {
        return Optional.of(List.of(binary, "load", "--input", reference));
      }
    }
    return Optional.empty();
  }

  /** The image name {@code docker load} printed ("Loaded image: x:y" or "Loaded image ID: sha256:…"). */
  public static Optional<String> loadedImage(String output) {
    Optional<String> last = Optional.empty();
    Matcher m = LOADED.matcher(output);
    while (m.find()) {
      last = Optional.of(m.group(1));
    }
    return last;
  }

  /** The image argument podman gets: transports pass through, a bare .tar is a docker-archive. */
  public String podmanImage(String reference) {
    if (reference.endsWith(".tar") && !reference.contains(":")) {
      return "docker-archive:" + reference;
    }
    return reference;
  }

  private static String archivePath(String rest) {
    // docker-archive:FILE:name:tag — the selector is not a docker load concept; keep the file.
    int colon = rest.indexOf(':', rest.startsWith("/") ? 1 : 0);
    return colon > 0 && !rest.substring(0, colon).isEmpty() && rest.substring(0, colon).endsWith(".tar")
        ? rest.substring(0, colon)
        : rest;
  }
}
