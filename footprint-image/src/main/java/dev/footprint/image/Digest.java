package dev.footprint.image;

import dev.footprint.common.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A content digest such as {@code sha256:4abad3ab…}. Only well-formed digests can exist, so a
 * digest can safely name a file under {@code blobs/} without escaping it. Immutable.
 */
public record Digest(String algorithm, String hex) {
  private static final Pattern ALGORITHM = Pattern.compile("[a-z0-9]+([+._-][a-z0-9]+)*");
  private static final Pattern HEX = Pattern.compile("[a-f0-9]{32,}");

  public Digest {
    if (!ALGORITHM.matcher(algorithm).matches() || !HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("not a digest: " + algorithm + ":" + hex);
    }
  }

  /** Parses {@code algorithm:hex}; the message names the text when it is not a digest. */
  public static Digest parse(String text) throws InvalidInputException {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon < 0) {
      throw new InvalidInputException("not a digest: '" + text + "'");
    }
    String alg = text.substring(0, colon);
    String hex = text.substring(colon + 1).toLowerCase(Locale.ROOT);
    if (!ALGORITHM.matcher(alg).matches() || !HEX.matcher(hex).matches()) {
      throw new InvalidInputException("not a digest: '" + text + "'");
    }
    if (alg.equals("sha256") && hex.length() != 64) {
      throw new InvalidInputException("not a sha256 digest: '" + text + "'");
    }
    return new Digest(alg, hex);
  }

  public static Digest sha256(byte[] raw) {
    StringBuilder s = new StringBuilder(raw.length * 2);
    for (byte b : raw) {
      s.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return new Digest("sha256", s.toString());
  }

  /** The first 12 hex digits, as docker prints image and layer ids. */
  public String shortHex() {
    return hex.substring(0, Math.min(12, hex.length()));
  }

  @Override
  public String toString() {
    return algorithm + ":" + hex;
  }
}
