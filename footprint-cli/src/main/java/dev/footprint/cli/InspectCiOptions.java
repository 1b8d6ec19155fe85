package dev.footprint.cli;

import dev.footprint.common.InvalidInputException;
import dev.footprint.report.inspect.CiRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The CI gate of {@code inspect}: {@code --ci} plus rule thresholds. Values come from the
 * {@code ci:} section of {@code .footprint.yaml} (or {@code --config FILE}); flags win.
 */
final class InspectCiOptions {
  @Option(names = "--ci", description = "Evaluate the CI rules; exit 1 if any fails.")
  boolean ci;

  @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: .footprint.yaml from here upwards).")
  Path config;

  @Option(names = "--lowest-efficiency", paramLabel = "RATIO", description = "Fail below this dive efficiency (default 0.9; off disables).")
  String lowestEfficiency;

  @Option(names = "--highest-wasted-bytes", paramLabel = "SIZE", description = "Fail above this many dive wasted bytes, e.g. 20MB (default off).")
  String highestWastedBytes;

  @Option(names = "--highest-user-wasted-percent", paramLabel = "RATIO", description = "Fail above this wasted/user-size ratio (default 0.1).")
  String highestUserWastedPercent;

  @Option(names = "--max-size", paramLabel = "SIZE", description = "Fail above this image size, e.g. 300MB (default off).")
  String maxSize;

  @Option(names = "--max-layers", paramLabel = "N", description = "Fail above this many layers (default off).")
  String maxLayers;

  /** The rules to apply and the file they came from, when the gate is on. */
  record Resolved(CiRules rules, Optional<Path> source) {}

  Optional<Resolved> resolve(Path workingDir) throws IOException, InvalidInputException {
    boolean anyRule = lowestEfficiency != null || highestWastedBytes != null || highestUserWastedPercent != null
        || maxSize != null || maxLayers != null;
    if (!ci) {
      if (anyRule) {
        throw new InvalidInputException("CI rule options need --ci");
      }
      return Optional.empty();
    }
    Optional<Path> file = config != null ? Optional.of(config) : FootprintConfigFile.find(workingDir);
    Map<String, String> values = new HashMap<>();
    if (file.isPresent()) {
      if (!Files.isRegularFile(file.get())) {
        throw new InvalidInputException("no such config file: " + file.get());
      }
      values.putAll(FootprintConfigFile.load(file.get()).section("ci"));
    }
    put(values, CiRules.LOWEST_EFFICIENCY, lowestEfficiency);
    put(values, CiRules.HIGHEST_WASTED_BYTES, highestWastedBytes);
    put(values, CiRules.HIGHEST_USER_WASTED_PERCENT, highestUserWastedPercent);
    put(values, CiRules.MAX_SIZE, maxSize);
    put(values, CiRules.MAX_LAYERS, maxLayers);
    try {
      return Optional.of(new Resolved(CiRules.parse(values), file));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(file.map(f -> f + ": ").orElse("") + e.getMessage(), e);
    }
  }

  private static void put(Map<String, String> values, String key, String flag) {
    if (flag != null) {
      values.put(key, flag);
    }
  }
}
