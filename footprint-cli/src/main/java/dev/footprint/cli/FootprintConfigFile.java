package dev.footprint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.footprint.common.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code .footprint.yaml}, looked up from the working directory upwards. Only the sections a
 * command asks for are read; unknown top-level sections are left to other commands. Immutable.
 */
final class FootprintConfigFile {
  static final String NAME = ".footprint.yaml";

  private final Path file;
  private final JsonNode root;

  private FootprintConfigFile(Path file, JsonNode root) {
    this.file = file;
    this.root = root;
  }

  /** The nearest config file from {@code start} upwards, if any. */
  static Optional<Path> find(Path start) {
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static FootprintConfigFile load(Path file) throws IOException, InvalidInputException {
    try {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
      if (root != null && !root.isNull() && !root.isObject()) {
        throw new InvalidInputException(file + ": expected a mapping at the top level");
      }
      return new FootprintConfigFile(file, root);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new InvalidInputException(file + ": invalid YAML: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()), e);
    }
  }

  /** Scalar values of a section (e.g. {@code ci}) as text, in file order. */
  Map<String, String> section(String name) throws InvalidInputException {
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode s = root == null ? null : root.get(name);
    if (s == null || s.isNull()) {
      return out;
    }
    if (!s.isObject()) {
      throw new InvalidInputException(file + ": '" + name + "' must be a mapping");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isContainerNode()) {
        throw new InvalidInputException(file + ": " + name + "." + e.getKey() + " must be a single value");
      }
      out.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText());
    }
    return out;
  }

  Path file() {
    return file;
  }
}
