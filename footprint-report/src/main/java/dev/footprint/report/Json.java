package dev.footprint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one place JSON output is configured, so every command prints the same style: two-space
 * indentation, fields in the order the renderer adds them, a trailing newline.
 */
public final class Json {
  /** Carried in every JSON document; bump only when a published field changes meaning. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private Json() {}

  /** A fresh document that already carries {@code schemaVersion}. */
  public static ObjectNode document() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    return root;
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static String render(Object node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("JSON rendering failed", e);
    }
  }
}
