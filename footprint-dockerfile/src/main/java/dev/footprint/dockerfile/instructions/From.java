package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Node;

/**
 * {@code FROM [--platform=P] IMAGE [AS NAME]}.
 *
 * @param image the image reference with ARG defaults expanded
 * @param rawImage the image as written
 * @param stageName the stage name, lower-cased as BuildKit does, or null
 * @param platform the --platform value, or null
 */
public record From(Node node, String image, String rawImage, String stageName, String platform)
    implements Instruction {

  public boolean isScratch() {
    return image.equalsIgnoreCase("scratch");
  }

  /** The repository part: registry/path without tag or digest. */
  public String repository() {
    String s = image;
    int at = s.indexOf('@');
    if (at >= 0) {
      s = s.substring(0, at);
    }
    int slash = s.lastIndexOf('/');
    int colon = s.lastIndexOf(':');
    return colon > slash ? s.substring(0, colon) : s;
  }

  /** The tag, or null when untagged. */
  public String tag() {
    String s = image;
    int at = s.indexOf('@');
    if (at >= 0) {
      s = s.substring(0, at);
    }
    int slash = s.lastIndexOf('/');
    int colon = s.lastIndexOf(':');
    return colon > slash ? s.substring(colon + 1) : null;
  }

  public boolean hasDigest() {
    return image.contains("@");
  }
}
