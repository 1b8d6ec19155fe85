package dev.footprint.slim;

import dev.footprint.common.InvalidInputException;
import dev.footprint.image.ImageReference;
import dev.footprint.image.ImageReference.Transport;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Parses where to write an image. Unlike an input, the path need not exist, so the selector is
 * split at the first ':' after the path (a Windows drive letter's ':' is part of the path). A bare
 * path ending in {@code .tar} is a docker-archive; any other bare path an OCI layout directory.
 */
public final class OutputReference {
  private OutputReference() {}

  public static ImageReference parse(String text) throws InvalidInputException {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("empty output reference");
    }
    for (Transport t : Transport.values()) {
      String prefix = t.prefix() + ":";
      if (text.startsWith(prefix)) {
        String rest = text.substring(prefix.length());
        int from = rest.length() > 2 && Character.isLetter(rest.charAt(0)) && rest.charAt(1) == ':'
            && (rest.charAt(2) == '\\' || rest.charAt(2) == '/') ? 2 : 0;
        int colon = rest.indexOf(':', from);
        String path = colon < 0 ? rest : rest.substring(0, colon);
        Optional<String> selector = colon < 0 ? Optional.empty() : Optional.of(rest.substring(colon + 1));
        if (path.isEmpty()) {
          throw new InvalidInputException("'" + text + "': the output needs a path");
        }
        return new ImageReference(t, toPath(path), selector);
      }
    }
    if (text.matches("^[a-z-]+:.*") && !text.matches("^[A-Za-z]:[\\\\/].*")) {
      throw new InvalidInputException("'" + text + "': unknown transport; use docker-archive:, oci: or oci-archive:");
    }
    Transport t = text.endsWith(".tar") ? Transport.DOCKER_ARCHIVE : Transport.OCI;
    return new ImageReference(t, toPath(text), Optional.empty());
  }

  private static Path toPath(String text) throws InvalidInputException {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new InvalidInputException("not a valid path: '" + text + "'");
    }
  }
}
