package dev.footprint.dockerfile.lint;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code lint:} settings of {@code .footprint.yaml} and flags.
 *
 * @param ignore rule ids never reported
 * @param severities per-rule severity overrides
 * @param trustedRegistries registries FROM may use (wildcards like {@code *.gcr.io}); empty = any
 */
public record LintConfig(Set<String> ignore, Map<String, Severity> severities, List<String> trustedRegistries) {
  public static final LintConfig DEFAULT = new LintConfig(Set.of(), Map.of(), List.of());

  public LintConfig {
    ignore = Set.copyOf(ignore);
    severities = Map.copyOf(severities);
    trustedRegistries = List.copyOf(trustedRegistries);
  }
}
