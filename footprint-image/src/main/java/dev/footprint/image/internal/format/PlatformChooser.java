package dev.footprint.image.internal.format;

import dev.footprint.common.InvalidInputException;
import dev.footprint.image.Platform;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Picks one image among several: the requested platform, else the only one, else the host's;
 * otherwise a clear error listing the choices. Stateless.
 */
final class PlatformChooser {
  private PlatformChooser() {}

  static <T> T choose(List<T> candidates, Function<T, Platform> platformOf, Optional<Platform> wanted, String where)
      throws InvalidInputException {
    if (wanted.isPresent()) {
      List<T> match = candidates.stream().filter(c -> wanted.get().matches(platformOf.apply(c))).toList();
      if (match.isEmpty()) {
        if (candidates.size() == 1 && platformOf.apply(candidates.get(0)).isUnknown()) {
          return candidates.get(0);
        }
        throw new InvalidInputException(where + ": no image for platform " + wanted.get() + "; available: " + list(candidates, platformOf));
      }
      return match.get(0);
    }
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    Platform host = Platform.host();
    List<T> match = candidates.stream().filter(c -> host.matches(platformOf.apply(c))).toList();
    if (match.size() == 1) {
      return match.get(0);
    }
    throw new InvalidInputException(
        where + ": the image has several platforms; choose one with --platform: " + list(candidates, platformOf));
  }

  private static <T> String list(List<T> candidates, Function<T, Platform> platformOf) {
    return candidates.stream().map(c -> platformOf.apply(c).toString()).distinct().collect(Collectors.joining(", "));
  }
}
