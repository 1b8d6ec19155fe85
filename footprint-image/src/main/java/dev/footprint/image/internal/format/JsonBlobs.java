package dev.footprint.image.internal.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.footprint.common.InvalidInputException;
import dev.footprint.image.Digest;
import dev.footprint.image.internal.source.BlobFiles;
import dev.footprint.image.internal.source.FileRegion;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/** Reads small JSON documents (index, manifest, config) from a source, verifying digests. */
final class JsonBlobs {
  static final int MAX_JSON = 16 << 20;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final BlobFiles files;
  private final boolean verify;

  JsonBlobs(BlobFiles files, boolean verify) {
    this.files = files;
    this.verify = verify;
  }

  BlobFiles files() {
    return files;
  }

  boolean verifying() {
    return verify;
  }

  /** A document read by name, with the sha256 of its bytes. */
  record Doc(JsonNode json, Digest digest, String name) {}

  Optional<Doc> readOptional(String name) throws IOException, InvalidInputException {
    Optional<FileRegion> region = files.find(name);
    if (region.isEmpty()) {
      return Optional.empty();
    }
    byte[] bytes = files.readSmall(region.get(), MAX_JSON);
    return Optional.of(new Doc(parse(bytes, name), sha256(bytes), name));
  }

  Doc read(String name, String what) throws IOException, InvalidInputException {
    return readOptional(name)
        .orElseThrow(() -> new InvalidInputException(files.describe() + ": missing " + what + " '" + name + "'"));
  }

  /** Reads blob {@code digest}; with verification on, its bytes must hash to it. */
  Doc readBlob(Digest digest, String what) throws IOException, InvalidInputException {
    String name = blobPath(digest);
    Optional<FileRegion> region = files.find(name);
    if (region.isEmpty()) {
      throw new InvalidInputException(files.describe() + ": missing blob " + digest + " (" + what + ")");
    }
    byte[] bytes = files.readSmall(region.get(), MAX_JSON);
    Digest actual = sha256(bytes);
    if (verify && digest.algorithm().equals("sha256") && !actual.equals(digest)) {
      throw new InvalidInputException(
          files.describe() + ": " + what + " blob " + digest + " digest mismatch: content hashes to " + actual
              + " (--no-verify skips this check)");
    }
    return new Doc(parse(bytes, name), digest, name);
  }

  static String blobPath(Digest d) {
    return "blobs/" + d.algorithm() + "/" + d.hex();
  }

  private JsonNode parse(byte[] bytes, String name) throws InvalidInputException {
    try {
      return MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new InvalidInputException(files.describe() + ": " + name + " is not valid JSON", e);
    }
  }

  static Digest sha256(byte[] bytes) {
    try {
      return Digest.sha256(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }
}
