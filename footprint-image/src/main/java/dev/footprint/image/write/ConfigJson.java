package dev.footprint.image.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.image.Digest;
import dev.footprint.image.HistoryEntry;
import dev.footprint.image.ImageConfig;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders an {@link ImageConfig} as OCI image config JSON. Field order and map order are fixed
 * (labels and ports sorted), so the same config always gives the same bytes and digest.
 */
final class ConfigJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ConfigJson() {}

  static byte[] render(ImageConfig c) {
    ObjectNode root = MAPPER.createObjectNode();
    c.created().ifPresent(v -> root.put("created", v));
    c.author().ifPresent(v -> root.put("author", v));
    root.put("architecture", c.platform().architecture());
    if (!c.platform().variant().isEmpty()) {
      root.put("variant", c.platform().variant());
    }
    root.put("os", c.platform().os());
    ObjectNode config = root.putObject("config");
    if (!c.user().isEmpty()) {
      config.put("User", c.user());
    }
    if (!c.exposedPorts().isEmpty()) {
      ObjectNode ports = config.putObject("ExposedPorts");
      c.exposedPorts().stream().sorted().forEach(p -> ports.putObject(p));
    }
    strings(config, "Env", c.env());
    strings(config, "Entrypoint", c.entrypoint());
    strings(config, "Cmd", c.cmd());
    if (!c.workingDir().isEmpty()) {
      config.put("WorkingDir", c.workingDir());
    }
    if (!c.labels().isEmpty()) {
      ObjectNode labels = config.putObject("Labels");
      new TreeMap<>(c.labels()).forEach(labels::put);
    }
    c.stopSignal().ifPresent(v -> config.put("StopSignal", v));
    ObjectNode rootfs = root.putObject("rootfs");
    rootfs.put("type", "layers");
    ArrayNode diffIds = rootfs.putArray("diff_ids");
    for (Digest d : c.diffIds()) {
      diffIds.add(d.toString());
    }
    ArrayNode history = root.putArray("history");
    for (HistoryEntry h : c.history()) {
      ObjectNode n = history.addObject();
      h.created().ifPresent(v -> n.put("created", v));
      n.put("created_by", h.createdBy());
      h.comment().ifPresent(v -> n.put("comment", v));
      if (h.emptyLayer()) {
        n.put("empty_layer", true);
      }
    }
    return bytes(root);
  }

  static byte[] bytes(Object node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("JSON rendering failed", e);
    }
  }

  static ObjectNode descriptor(String mediaType, Digest digest, long size, Map<String, String> annotations) {
    ObjectNode d = MAPPER.createObjectNode();
    d.put("mediaType", mediaType);
    d.put("digest", digest.toString());
    d.put("size", size);
    if (!annotations.isEmpty()) {
      ObjectNode a = d.putObject("annotations");
      new TreeMap<>(annotations).forEach(a::put);
    }
    return d;
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }

  private static void strings(ObjectNode parent, String name, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = parent.putArray(name);
      values.forEach(a::add);
    }
  }
}
