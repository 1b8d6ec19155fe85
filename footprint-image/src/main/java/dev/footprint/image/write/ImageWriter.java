package dev.footprint.image.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.common.AtomicOutput;
import dev.footprint.common.FootprintException;
import dev.footprint.common.InvalidInputException;
import dev.footprint.image.Digest;
import dev.footprint.image.ImageConfig;
import dev.footprint.image.ImageReference;
import dev.footprint.image.ImageReference.Transport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/**
 * Writes an image (config plus finished layer blobs) as a docker-archive, an OCI layout directory
 * or an OCI archive. Output is reproducible: fixed JSON order, sorted archive members, one fixed
 * mtime; it appears whole or not at all. The docker-archive is the Docker 25 form (OCI blobs plus
 * {@code manifest.json}), which {@code docker load}, skopeo and buildah read.
 */
public final class ImageWriter {
  static final String MANIFEST_TYPE = "application/vnd.oci.image.manifest.v1+json";
  static final String CONFIG_TYPE = "application/vnd.oci.image.config.v1+json";
  private static final String INDEX_TYPE = "application/vnd.oci.image.index.v1+json";
  private static final byte[] OCI_LAYOUT = "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8);

  private ImageWriter() {}

  /**
   * Writes {@code config} with {@code layers} (base first) to {@code target}. The config's
   * diff_ids must be the layers' diff_ids, and its non-empty history entries must pair with them.
   *
   * @param mtimeEpochSecond the time stamped on archive members
   */
  public static WrittenImage write(
      ImageReference target, ImageConfig config, List<WrittenLayer> layers, long mtimeEpochSecond)
      throws IOException, FootprintException {
    check(config, layers);
    byte[] configBytes = ConfigJson.render(config);
    Digest configDigest = sha256(configBytes);
    ObjectNode manifest = ConfigJson.mapper().createObjectNode();
    manifest.put("schemaVersion", 2);
    manifest.put("mediaType", MANIFEST_TYPE);
    manifest.set("config", ConfigJson.descriptor(CONFIG_TYPE, configDigest, configBytes.length, Map.of()));
    ArrayNode layerArray = manifest.putArray("layers");
    long compressed = 0;
    for (WrittenLayer l : layers) {
      layerArray.add(ConfigJson.descriptor(l.mediaType(), l.digest(), l.size(), Map.of()));
      compressed += l.size();
    }
    byte[] manifestBytes = ConfigJson.bytes(manifest);
    Digest manifestDigest = sha256(manifestBytes);
    Optional<String> tag = target.selector();

    Map<String, String> annotations = new LinkedHashMap<>();
    if (target.transport() != Transport.DOCKER_ARCHIVE) {
      annotations.put("org.opencontainers.image.ref.name", tag.orElse("latest"));
    }
    ObjectNode index = ConfigJson.mapper().createObjectNode();
    index.put("schemaVersion", 2);
    index.put("mediaType", INDEX_TYPE);
    index.putArray("manifests")
        .add(ConfigJson.descriptor(MANIFEST_TYPE, manifestDigest, manifestBytes.length, annotations));

    List<Member> members = new ArrayList<>();
    members.add(Member.bytes(blobPath(configDigest), configBytes));
    members.add(Member.bytes(blobPath(manifestDigest), manifestBytes));
    for (WrittenLayer l : layers) {
      members.add(Member.file(blobPath(l.digest()), l.blob()));
    }
    members.add(Member.bytes("index.json", ConfigJson.bytes(index)));
    members.add(Member.bytes("oci-layout", OCI_LAYOUT));
    if (target.transport() == Transport.DOCKER_ARCHIVE) {
      members.add(Member.bytes("manifest.json", dockerManifest(configDigest, layers, tag)));
    }
    List<Member> sorted = dedupeAndSort(members);

    switch (target.transport()) {
      case OCI -> AtomicOutput.writeDirectory(target.path(), dir -> writeTree(dir, sorted));
      case DOCKER_ARCHIVE, OCI_ARCHIVE ->
          AtomicOutput.writeFile(target.path(), out -> writeTar(out, sorted, mtimeEpochSecond));
    }
    return new WrittenImage(manifestDigest, configDigest, compressed);
  }

  private static void check(ImageConfig config, List<WrittenLayer> layers) throws InvalidInputException {
    List<Digest> diffIds = layers.stream().map(WrittenLayer::diffId).toList();
    if (!config.diffIds().equals(diffIds)) {
      throw new IllegalArgumentException("config diff_ids do not match the written layers");
    }
    long nonEmpty = config.history().stream().filter(h -> !h.emptyLayer()).count();
    if (!config.history().isEmpty() && nonEmpty != layers.size()) {
      throw new IllegalArgumentException(
          "history has " + nonEmpty + " layer entries for " + layers.size() + " layers");
    }
  }

  private static byte[] dockerManifest(Digest config, List<WrittenLayer> layers, Optional<String> tag) {
    ArrayNode root = ConfigJson.mapper().createArrayNode();
    ObjectNode m = root.addObject();
    m.put("Config", blobPath(config));
    ArrayNode tags = m.putArray("RepoTags");
    tag.filter(t -> t.contains(":") && !t.startsWith("@")).ifPresent(tags::add);
    ArrayNode ls = m.putArray("Layers");
    layers.forEach(l -> ls.add(blobPath(l.digest())));
    return ConfigJson.bytes(root);
  }

  private static String blobPath(Digest d) {
    return "blobs/" + d.algorithm() + "/" + d.hex();
  }

  private static List<Member> dedupeAndSort(List<Member> members) {
    Map<String, Member> byName = new java.util.TreeMap<>();
    for (Member m : members) {
      byName.putIfAbsent(m.name, m);
    }
    return new ArrayList<>(byName.values());
  }

  private static void writeTree(Path dir, List<Member> members) throws IOException {
    for (Member m : members) {
      Path p = dir;
      for (String part : m.name.split("/")) {
        p = p.resolve(part);
      }
      Files.createDirectories(p.getParent());
      try (OutputStream out = Files.newOutputStream(p)) {
        m.copyTo(out);
      }
    }
  }

  private static void writeTar(OutputStream raw, List<Member> members, long mtime) throws IOException {
    TarOutput tar = TarOutput.over(raw, 1 << 20);
    java.util.Set<String> dirs = new java.util.TreeSet<>();
    for (Member m : members) {
      for (int i = m.name.indexOf('/'); i > 0; i = m.name.indexOf('/', i + 1)) {
        dirs.add(m.name.substring(0, i + 1));
      }
    }
    for (String d : dirs) {
      TarArchiveEntry e = new TarArchiveEntry(d);
      e.setMode(040755);
      e.setModTime(mtime * 1000L);
      e.setUserName("");
      e.setGroupName("");
      tar.putArchiveEntry(e);
      tar.closeArchiveEntry();
    }
    for (Member m : members) {
      TarArchiveEntry e = new TarArchiveEntry(m.name);
      e.setMode(0100644);
      e.setSize(m.size());
      e.setModTime(mtime * 1000L);
      e.setUserName("");
      e.setGroupName("");
      tar.putArchiveEntry(e);
      m.copyTo(tar);
      tar.closeArchiveEntry();
    }
    tar.finish();
    tar.flush();
  }

  private static Digest sha256(byte[] bytes) {
    try {
      return Digest.sha256(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One file of the output: inline bytes or a blob file on disk. */
  private record Member(String name, byte[] bytes, Path file) {
    static Member bytes(String name, byte[] bytes) {
      return new Member(name, bytes, null);
    }

    static Member file(String name, Path file) {
      return new Member(name, null, file);
    }

    long size() throws IOException {
      return bytes != null ? bytes.length : Files.size(file);
    }

    void copyTo(OutputStream out) throws IOException {
      if (bytes != null) {
        out.write(bytes);
      } else {
        try (InputStream in = Files.newInputStream(file)) {
          in.transferTo(out);
        }
      }
    }
  }
}
