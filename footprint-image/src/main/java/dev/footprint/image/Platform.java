package dev.footprint.image;

import dev.footprint.common.InvalidInputException;
import java.util.Locale;

/**
 * An image platform {@code os/architecture[/variant]}, e.g. {@code linux/arm64/v8}. Variant is
 * empty when not given. Immutable.
 */
public record Platform(String os, String architecture, String variant) {

  public Platform {
    os = os == null ? "" : os;
    architecture = architecture == null ? "" : architecture;
    variant = variant == null ? "" : variant;
  }

  /** Parses {@code os/arch[/variant]}; a malformed value names itself in the message. */
  public static Platform parse(String text) throws InvalidInputException {
    String[] parts = text.split("/", -1);
    if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new InvalidInputException(
          "invalid platform '" + text + "': expected os/arch[/variant], e.g. linux/amd64");
    }
    return new Platform(parts[0], parts[1], parts.length == 3 ? parts[2] : "");
  }

  /** The platform this JVM runs on, in Go/OCI naming (amd64, arm64). */
  public static Platform host() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String goos = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "darwin" : os;
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String goarch =
        switch (arch) {
          case "x86_64", "amd64" -> "amd64";
          case "aarch64", "arm64" -> "arm64";
          case "x86", "i386", "i686" -> "386";
          default -> arch;
        };
    return new Platform(goos, goarch, "");
  }

  /**
   * Whether an image of platform {@code other} satisfies this request: os and architecture must
   * be equal; a variant is compared only when both sides name one.
   */
  public boolean matches(Platform other) {
    return os.equals(other.os)
        && architecture.equals(other.architecture)
        && (variant.isEmpty() || other.variant.isEmpty() || variant.equals(other.variant));
  }

  /** Whether os and architecture are both unknown (buildkit attestation manifests). */
  public boolean isUnknown() {
    return (os.isEmpty() || os.equals("unknown")) && (architecture.isEmpty() || architecture.equals("unknown"));
  }

  @Override
  public String toString() {
    return os + "/" + architecture + (variant.isEmpty() ? "" : "/" + variant);
  }
}
