package dev.footprint.image;

import dev.footprint.common.InvalidInputException;
import dev.footprint.image.internal.source.SourceSniffer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an image is, in the containers-transports syntax skopeo and podman use:
 * {@code docker-archive:FILE[:name:tag|:@N]}, {@code oci:DIR[:tag]}, {@code oci-archive:FILE[:tag]},
 * or a bare path whose transport is detected from its content. Immutable.
 *
 * @param transport how the bytes are laid out
 * @param path the archive file or layout directory
 * @param selector the image inside it: {@code name:tag} or {@code @N} for docker-archive, a tag
 *     ({@code org.opencontainers.image.ref.name}) for OCI; empty means the only one
 */
public record ImageReference(Transport transport, Path path, Optional<String> selector) {

  /** The supported transports, with their prefixes. */
  public enum Transport {
    DOCKER_ARCHIVE("docker-archive"),
    OCI("oci"),
    OCI_ARCHIVE("oci-archive");

    private final String prefix;

    Transport(String prefix) {
      this.prefix = prefix;
    }

    public String prefix() {
      return prefix;
    }
  }

  public ImageReference {
    selector = selector == null ? Optional.empty() : selector.filter(s -> !s.isEmpty());
  }

  /**
   * Parses a reference. A transport prefix is honoured as written; a bare path must exist and is
   * classified by content (a directory is an OCI layout; an archive with {@code manifest.json} is
   * a docker-archive, one with only {@code index.json} an oci-archive).
   *
   * @throws InvalidInputException for an unknown transport, a missing path, or content that is
   *     not an image
   */
  public static ImageReference parse(String text) throws InvalidInputException {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("empty image reference");
    }
    for (Transport t : Transport.values()) {
      String prefix = t.prefix + ":";
      if (text.startsWith(prefix)) {
        return withSelector(t, text.substring(prefix.length()));
      }
    }
    if (text.startsWith("docker://") || text.startsWith("docker-daemon:")) {
      throw new InvalidInputException(
          "'" + text + "': registry and daemon sources are not supported yet; save the image with"
              + " 'skopeo copy' to docker-archive:, oci: or oci-archive: first");
    }
    Path path = toPath(text);
    return new ImageReference(SourceSniffer.detect(path), path, Optional.empty());
  }

  /** The canonical text form, e.g. {@code oci:/tmp/layout:latest}. */
  @Override
  public String toString() {
    return transport.prefix + ":" + path + selector.map(s -> ":" + s).orElse("");
  }

  private static ImageReference withSelector(Transport t, String rest) throws InvalidInputException {
    if (rest.isEmpty()) {
      throw new InvalidInputException("'" + t.prefix + ":' needs a path");
    }
    // The path may itself contain ':' (C:\ on Windows), so take the shortest prefix that exists.
    for (int i = rest.indexOf(':'); i > 0; i = rest.indexOf(':', i + 1)) {
      Path candidate = tryPath(rest.substring(0, i));
      if (candidate != null && Files.exists(candidate)) {
        return new ImageReference(t, candidate, Optional.of(rest.substring(i + 1)));
      }
    }
    return new ImageReference(t, toPath(rest), Optional.empty());
  }

  private static Path tryPath(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static Path toPath(String text) throws InvalidInputException {
    Path p = tryPath(text);
    if (p == null) {
      throw new InvalidInputException("not a valid path: '" + text + "'");
    }
    return p;
  }
}
