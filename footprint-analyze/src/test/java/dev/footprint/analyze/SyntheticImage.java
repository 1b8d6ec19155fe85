package dev.footprint.analyze;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.image.Image;
import dev.footprint.image.ImageOptions;
import dev.footprint.image.Images;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Builds small OCI image layouts for tests: layer tars written in memory with commons-compress,
 * a config with history, env, entrypoint and user; opened with footprint-image like any image.
 */
final class SyntheticImage {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One layer being built: entries in tar order, and the history line that made it. */
  static final class LayerBuilder {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final TarArchiveOutputStream tar;
    final String createdBy;
    String mediaType = "application/vnd.oci.image.layer.v1.tar";

    LayerBuilder(String createdBy) {
      this.createdBy = createdBy;
      tar = new TarArchiveOutputStream(bytes);
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    }

    LayerBuilder file(String path, byte[] content) {
      return file(path, content, 0644);
    }

    LayerBuilder file(String path, String content) {
      return file(path, content.getBytes(StandardCharsets.UTF_8));
    }

    LayerBuilder file(String path, byte[] content, int mode) {
      TarArchiveEntry e = new TarArchiveEntry(path, true);
      e.setSize(content.length);
      e.setMode(0100000 | mode);
      return put(e, content);
    }

    LayerBuilder filled(String path, int size, char c) {
      byte[] b = new byte[size];
      java.util.Arrays.fill(b, (byte) c);
      return file(path, b);
    }

    LayerBuilder dir(String path) {
      TarArchiveEntry e = new TarArchiveEntry(path.endsWith("/") ? path : path + "/");
      e.setMode(040755);
      return put(e, null);
    }

    LayerBuilder symlink(String path, String target) {
      TarArchiveEntry e = new TarArchiveEntry(path, TarArchiveEntry.LF_SYMLINK);
      e.setLinkName(target);
      return put(e, null);
    }

    /** {@code .wh.NAME} next to the deleted path. */
    LayerBuilder whiteout(String path) {
      int slash = path.lastIndexOf('/');
      return file(path.substring(0, slash + 1) + ".wh." + path.substring(slash + 1), new byte[0]);
    }

    private LayerBuilder put(TarArchiveEntry e, byte[] content) {
      try {
        tar.putArchiveEntry(e);
        if (content != null) {
          tar.write(content);
        }
        tar.closeArchiveEntry();
      } catch (IOException ex) {
        throw new IllegalStateException(ex);
      }
      return this;
    }

    byte[] finish() throws IOException {
      tar.finish();
      return bytes.toByteArray();
    }
  }

  private final List<LayerBuilder> layers = new ArrayList<>();
  private final List<String> emptyHistory = new ArrayList<>();
  private final List<String> env = new ArrayList<>();
  private List<String> entrypoint = List.of();
  private List<String> cmd = List.of();
  private String user = "";
  private String os = "linux";

  LayerBuilder layer(String createdBy) {
    LayerBuilder l = new LayerBuilder(createdBy);
    layers.add(l);
    return l;
  }

  /** A history entry that made no layer (ENV, CMD …), listed after the layers. */
  SyntheticImage emptyHistory(String createdBy) {
    emptyHistory.add(createdBy);
    return this;
  }

  SyntheticImage env(String nameValue) {
    env.add(nameValue);
    return this;
  }

  SyntheticImage entrypoint(String... argv) {
    entrypoint = List.of(argv);
    return this;
  }

  SyntheticImage cmd(String... argv) {
    cmd = List.of(argv);
    return this;
  }

  SyntheticImage user(String u) {
    user = u;
    return this;
  }

  SyntheticImage os(String o) {
    os = o;
    return this;
  }

  /** Writes the OCI layout under {@code dir} and opens it. */
  Image open(Path dir) throws Exception {
    Path blobs = Files.createDirectories(dir.resolve("blobs/sha256"));
    ArrayNode manifestLayers = JSON.createArrayNode();
    ArrayNode diffIds = JSON.createArrayNode();
    ArrayNode history = JSON.createArrayNode();
    for (LayerBuilder l : layers) {
      byte[] tar = l.finish();
      diffIds.add("sha256:" + sha256(tar));
      byte[] blob = l.mediaType.endsWith("gzip") ? gzip(tar) : tar;
      String digest = write(blobs, blob);
      ObjectNode d = manifestLayers.addObject();
      d.put("mediaType", l.mediaType).put("digest", digest).put("size", blob.length);
      history.addObject().put("created_by", l.createdBy);
    }
    for (String h : emptyHistory) {
      history.addObject().put("created_by", h).put("empty_layer", true);
    }
    ObjectNode config = JSON.createObjectNode();
    config.put("architecture", "amd64").put("os", os).put("created", "2026-01-01T00:00:00Z");
    ObjectNode c = config.putObject("config");
    env.forEach(c.putArray("Env")::add);
    entrypoint.forEach(c.putArray("Entrypoint")::add);
    cmd.forEach(c.putArray("Cmd")::add);
    c.put("User", user);
    config.putObject("rootfs").put("type", "layers").set("diff_ids", diffIds);
    config.set("history", history);
    byte[] configBytes = JSON.writeValueAsBytes(config);
    ObjectNode manifest = JSON.createObjectNode();
    manifest.put("schemaVersion", 2).put("mediaType", "application/vnd.oci.image.manifest.v1+json");
    manifest.putObject("config").put("mediaType", "application/vnd.oci.image.config.v1+json")
        .put("digest", write(blobs, configBytes)).put("size", configBytes.length);
    manifest.set("layers", manifestLayers);
    byte[] manifestBytes = JSON.writeValueAsBytes(manifest);
    ObjectNode index = JSON.createObjectNode();
    index.put("schemaVersion", 2);
    index.putArray("manifests").addObject().put("mediaType", "application/vnd.oci.image.manifest.v1+json")
        .put("digest", write(blobs, manifestBytes)).put("size", manifestBytes.length)
        .putObject("annotations").put("org.opencontainers.image.ref.name", "latest");
    Files.write(dir.resolve("index.json"), JSON.writeValueAsBytes(index));
    Files.writeString(dir.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
    return Images.open("oci:" + dir, ImageOptions.defaults());
  }

  /** Opens and analyses on one pass. */
  Analysis analyze(Path dir) throws Exception {
    try (Image image = open(dir)) {
      return ImageAnalyzer.analyze(image, 2);
    }
  }

  private static String write(Path blobs, byte[] b) throws Exception {
    String hex = sha256(b);
    Files.write(blobs.resolve(hex), b);
    return "sha256:" + hex;
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }
}
