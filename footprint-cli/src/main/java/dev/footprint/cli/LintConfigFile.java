package dev.footprint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.footprint.common.InvalidInputException;
import dev.footprint.dockerfile.lint.LintConfig;
import dev.footprint.dockerfile.lint.Linter;
import dev.footprint.dockerfile.lint.Rule;
import dev.footprint.dockerfile.lint.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code lint:} section of {@code .footprint.yaml}, found in the working directory or the
 * nearest parent. Unknown rule ids and severities are errors that name the file, so a typo never
 * silently disables nothing.
 *
 * <pre>
 * lint:
 *   ignore: [FP404]
 *   severity: {FP301: warning}
 *   trusted-registries: [docker.io, "*.gcr.io"]
 *   fail-on: warning
 * </pre>
 *
 * @param file the file read, or null when none was found
 */
record LintConfigFile(Path file, LintConfig config, Severity failOn) {
  static final List<String> NAMES = List.of(".footprint.yaml", ".footprint.yml");

  static Path locate(Path start) {
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      for (String name : NAMES) {
        Path candidate = dir.resolve(name);
        if (Files.isRegularFile(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  static LintConfigFile load(Path file) throws InvalidInputException {
    if (file == null) {
      return new LintConfigFile(null, LintConfig.DEFAULT, null);
    }
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new InvalidInputException(file + ": not valid YAML: " + e.getMessage().split("\n")[0], e);
    }
    JsonNode lint = root == null ? null : root.get("lint");
    if (lint == null || lint.isNull()) {
      return new LintConfigFile(file, LintConfig.DEFAULT, null);
    }
    Set<String> known = new HashSet<>();
    Linter.rules().stream().map(Rule::id).forEach(known::add);
    Set<String> ignore = new HashSet<>();
    for (String id : strings(lint.get("ignore"))) {
      ignore.add(ruleId(file, id, known));
    }
    Map<String, Severity> severities = new HashMap<>();
    JsonNode sev = lint.get("severity");
    if (sev != null && sev.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = sev.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        severities.put(ruleId(file, e.getKey(), known), severity(file, e.getValue().asText()));
      }
    }
    List<String> registries = strings(lint.get("trusted-registries"));
    JsonNode failOn = lint.get("fail-on");
    return new LintConfigFile(file, new LintConfig(ignore, severities, registries),
        failOn == null ? null : severity(file, failOn.asText()));
  }

  private static String ruleId(Path file, String id, Set<String> known) throws InvalidInputException {
    String up = id.strip().toUpperCase(Locale.ROOT);
    if (!known.contains(up)) {
      throw new InvalidInputException(file + ": lint: unknown rule id '" + id + "' (see docs/rules.md)");
    }
    return up;
  }

  private static Severity severity(Path file, String s) throws InvalidInputException {
    Severity v = Severity.parse(s);
    if (v == null) {
      throw new InvalidInputException(file + ": lint: severity must be error, warning or info, not '" + s + "'");
    }
    return v;
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else {
      for (String s : node.asText().split(",")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
    }
    return out;
  }
}
