package dev.footprint.image;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Builds small real images (OCI layout, oci-archive, docker-archive) for tests. */
public final class TestImages {
  private TestImages() {}

  /** One tar entry to write. */
  public record E(String name, byte type, String content, String link) {
    public static E file(String name, String content) {
      return new E(name, TarArchiveEntry.LF_NORMAL, content, "");
    }

    public static E dir(String name) {
      return new E(name.endsWith("/") ? name : name + "/", TarArchiveEntry.LF_DIR, "", "");
    }

    public static E symlink(String name, String target) {
      return new E(name, TarArchiveEntry.LF_SYMLINK, "", target);
    }

    public static E hardlink(String name, String target) {
      return new E(name, TarArchiveEntry.LF_LINK, "", target);
    }
  }

  public static byte[] tar(E... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (E e : entries) {
        TarArchiveEntry t = new TarArchiveEntry(e.name(), e.type(), true);
        byte[] data = e.content().getBytes(StandardCharsets.UTF_8);
        if (!e.link().isEmpty()) {
          t.setLinkName(e.link());
        }
        t.setSize(e.type() == TarArchiveEntry.LF_NORMAL ? data.length : 0);
        t.setMode(e.type() == TarArchiveEntry.LF_DIR ? 040755 : 0100644);
        tar.putArchiveEntry(t);
        if (e.type() == TarArchiveEntry.LF_NORMAL) {
          tar.write(data);
        }
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  public static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(out)) {
      z.write(data);
    }
    return out.toByteArray();
  }

  public static byte[] zstd(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new ZstdOutputStream(out)) {
      z.write(data);
    }
    return out.toByteArray();
  }

  public static String sha256(byte[] data) {
    try {
      return Digest.sha256(MessageDigest.getInstance("SHA-256").digest(data)).toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A layer as stored (blob) and its uncompressed tar (for the diff_id). */
  public record LayerBlob(byte[] blob, byte[] tar, String mediaType) {
    public static LayerBlob plain(byte[] tar) {
      return new LayerBlob(tar, tar, "application/vnd.oci.image.layer.v1.tar");
    }

    public static LayerBlob gzip(byte[] tar) throws IOException {
      return new LayerBlob(TestImages.gzip(tar), tar, "application/vnd.oci.image.layer.v1.tar+gzip");
    }

    public static LayerBlob zstd(byte[] tar) throws IOException {
      return new LayerBlob(TestImages.zstd(tar), tar, "application/vnd.oci.image.layer.v1.tar+zstd");
    }
  }

  public static String config(List<LayerBlob> layers, String arch) {
    List<String> ids = new ArrayList<>();
    List<String> history = new ArrayList<>();
    history.add("{\"created_by\":\"ENV A=1\",\"empty_layer\":true}");
    for (int i = 0; i < layers.size(); i++) {
      ids.add("\"" + sha256(layers.get(i).tar()) + "\"");
      history.add("{\"created_by\":\"/bin/sh -c step" + i + "\"}");
    }
    return "{\"architecture\":\"" + arch + "\",\"os\":\"linux\",\"created\":\"2024-01-02T03:04:05Z\","
        + "\"config\":{\"Env\":[\"PATH=/bin\",\"SECRET=x\"],\"Cmd\":[\"/app\"],\"User\":\"1000\","
        + "\"ExposedPorts\":{\"8080/tcp\":{}}},"
        + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[" + String.join(",", ids) + "]},"
        + "\"history\":[" + String.join(",", history) + "]}";
  }

  /** Writes an OCI layout directory with one image tagged {@code latest}; returns the dir. */
  public static Path ociLayout(Path dir, List<LayerBlob> layers) throws IOException {
    Files.createDirectories(dir.resolve("blobs/sha256"));
    byte[] config = config(layers, "amd64").getBytes(StandardCharsets.UTF_8);
    String cfgDigest = blob(dir, config);
    List<String> descs = new ArrayList<>();
    for (LayerBlob l : layers) {
      descs.add("{\"mediaType\":\"" + l.mediaType() + "\",\"digest\":\"" + blob(dir, l.blob()) + "\",\"size\":" + l.blob().length + "}");
    }
    byte[] manifest = ("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
        + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + cfgDigest + "\",\"size\":" + config.length + "},"
        + "\"layers\":[" + String.join(",", descs) + "]}").getBytes(StandardCharsets.UTF_8);
    String mDigest = blob(dir, manifest);
    Files.writeString(dir.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
    Files.writeString(dir.resolve("index.json"), "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
        + "\"digest\":\"" + mDigest + "\",\"size\":" + manifest.length + ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"latest\"}}]}");
    return dir;
  }

  /**
   * Writes an OCI layout whose index.json points at a nested image index with one manifest per
   * architecture (platforms on the descriptors); returns the dir.
   */
  public static Path multiPlatformLayout(Path dir, List<LayerBlob> layers, String... arches) throws IOException {
    Files.createDirectories(dir.resolve("blobs/sha256"));
    List<String> descs = new ArrayList<>();
    for (LayerBlob l : layers) {
      descs.add("{\"mediaType\":\"" + l.mediaType() + "\",\"digest\":\"" + blob(dir, l.blob()) + "\",\"size\":" + l.blob().length + "}");
    }
    List<String> manifests = new ArrayList<>();
    for (String arch : arches) {
      byte[] config = config(layers, arch).getBytes(StandardCharsets.UTF_8);
      byte[] manifest = ("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
          + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + blob(dir, config) + "\",\"size\":" + config.length + "},"
          + "\"layers\":[" + String.join(",", descs) + "]}").getBytes(StandardCharsets.UTF_8);
      manifests.add("{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"" + blob(dir, manifest)
          + "\",\"size\":" + manifest.length + ",\"platform\":{\"os\":\"linux\",\"architecture\":\"" + arch + "\"}}");
    }
    byte[] index = ("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":["
        + String.join(",", manifests) + "]}").getBytes(StandardCharsets.UTF_8);
    String indexDigest = blob(dir, index);
    Files.writeString(dir.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
    Files.writeString(dir.resolve("index.json"), "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":\"application/vnd.oci.image.index.v1+json\","
        + "\"digest\":\"" + indexDigest + "\",\"size\":" + index.length + ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"v1\"}}]}");
    return dir;
  }

  private static String blob(Path dir, byte[] data) throws IOException {
    String d = sha256(data);
    Files.write(dir.resolve("blobs/sha256/" + d.substring(7)), data);
    return d;
  }

  /** Tars a directory tree (an OCI layout) into an archive file. */
  public static Path tarDirectory(Path dir, Path archive) throws IOException {
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(archive));
        var walk = Files.walk(dir)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
        if (p.equals(dir)) {
          continue;
        }
        String name = dir.relativize(p).toString().replace('\\', '/');
        TarArchiveEntry e = new TarArchiveEntry(p.toFile(), name);
        tar.putArchiveEntry(e);
        if (Files.isRegularFile(p)) {
          Files.copy(p, tar);
        }
        tar.closeArchiveEntry();
      }
    }
    return archive;
  }

  /** Writes a legacy docker-archive ({@code <n>/layer.tar}, {@code manifest.json}). */
  public static Path dockerArchive(Path archive, List<byte[]> layerTars, String manifestOverride) throws IOException {
    List<LayerBlob> blobs = layerTars.stream().map(LayerBlob::plain).toList();
    byte[] config = config(blobs, "amd64").getBytes(StandardCharsets.UTF_8);
    List<String> paths = new ArrayList<>();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(archive))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (int i = 0; i < layerTars.size(); i++) {
        String name = "layer" + i + "/layer.tar";
        paths.add("\"" + name + "\"");
        put(tar, name, layerTars.get(i));
      }
      put(tar, "config.json", config);
      String manifest = manifestOverride != null ? manifestOverride
          : "[{\"Config\":\"config.json\",\"RepoTags\":[\"test:latest\"],\"Layers\":[" + String.join(",", paths) + "]}]";
      put(tar, "manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
    }
    return archive;
  }

  private static void put(TarArchiveOutputStream tar, String name, byte[] data) throws IOException {
    TarArchiveEntry e = new TarArchiveEntry(name);
    e.setSize(data.length);
    tar.putArchiveEntry(e);
    tar.write(data);
    tar.closeArchiveEntry();
  }
}
