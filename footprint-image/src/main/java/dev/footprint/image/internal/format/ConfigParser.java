package dev.footprint.image.internal.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.common.InvalidInputException;
import dev.footprint.image.Digest;
import dev.footprint.image.HistoryEntry;
import dev.footprint.image.ImageConfig;
import dev.footprint.image.Platform;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Image config JSON → {@link ImageConfig}. Stateless. */
final class ConfigParser {
  private ConfigParser() {}

  static ImageConfig parse(JsonNode root, String where) throws InvalidInputException {
    if (root == null || !root.isObject()) {
      throw new InvalidInputException(where + ": image config is not a JSON object");
    }
    JsonNode rootfs = root.get("rootfs");
    JsonNode ids = rootfs == null ? null : rootfs.get("diff_ids");
    if (ids == null || !ids.isArray()) {
      throw new InvalidInputException(where + ": not an image config (no rootfs.diff_ids)");
    }
    List<Digest> diffIds = new ArrayList<>();
    for (JsonNode id : ids) {
      diffIds.add(Digest.parse(id.asText()));
    }
    JsonNode c = root.get("config");
    if (c == null || c.isNull()) {
      c = root.get("container_config");
    }
    Platform platform =
        new Platform(JsonBlobs.text(root, "os"), JsonBlobs.text(root, "architecture"), JsonBlobs.text(root, "variant"));
    return new ImageConfig(
        platform,
        optional(root, "created"),
        optional(root, "author"),
        strings(c, "Entrypoint"),
        strings(c, "Cmd"),
        strings(c, "Env"),
        JsonBlobs.text(c, "User"),
        JsonBlobs.text(c, "WorkingDir"),
        keys(c, "ExposedPorts"),
        labels(c),
        optional(c, "StopSignal"),
        history(root.get("history")),
        diffIds);
  }

  private static Optional<String> optional(JsonNode node, String field) {
    String v = JsonBlobs.text(node, field);
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  private static List<String> strings(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    List<String> out = new ArrayList<>();
    if (v != null && v.isArray()) {
      v.forEach(s -> out.add(s.asText()));
    } else if (v != null && v.isTextual()) {
      out.add(v.asText());
    }
    return out;
  }

  private static List<String> keys(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    List<String> out = new ArrayList<>();
    if (v != null && v.isObject()) {
      v.fieldNames().forEachRemaining(out::add);
    }
    return out;
  }

  private static Map<String, String> labels(JsonNode c) {
    Map<String, String> out = new TreeMap<>();
    JsonNode v = c == null ? null : c.get("Labels");
    if (v != null && v.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.put(e.getKey(), e.getValue().asText());
      }
    }
    return out;
  }

  private static List<HistoryEntry> history(JsonNode h) {
    List<HistoryEntry> out = new ArrayList<>();
    if (h == null || !h.isArray()) {
      return out;
    }
    for (JsonNode e : h) {
      out.add(
          new HistoryEntry(
              optional(e, "created"),
              JsonBlobs.text(e, "created_by"),
              optional(e, "comment"),
              e.path("empty_layer").asBoolean(false)));
    }
    return out;
  }
}
