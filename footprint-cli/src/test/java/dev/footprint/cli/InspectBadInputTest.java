package dev.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken inputs: each is exit 2 with one clear line naming the problem, never a stack trace. */
class InspectBadInputTest {
  @TempDir Path tmp;

  private static void assertRefused(CliRun run, String... fragments) {
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).hasLineCount(1).doesNotContain("\tat ").startsWith("footprint: ");
    for (String f : fragments) {
      assertThat(run.err()).contains(f);
    }
  }

  private Path dive(String name) {
    return CliRun.conformance("dive").resolve(name);
  }

  /** Extracts an OCI layout tarball into a directory. */
  private Path extract(Path archive) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("layout"));
    try (TarArchiveInputStream in = new TarArchiveInputStream(Files.newInputStream(archive))) {
      for (TarArchiveEntry e; (e = in.getNextEntry()) != null; ) {
        Path p = dir.resolve(e.getName()).normalize();
        if (e.isDirectory()) {
          Files.createDirectories(p);
        } else {
          Files.createDirectories(p.getParent());
          Files.copy(in, p);
        }
      }
    }
    return dir;
  }

  private static Path layerBlob(Path layout) throws Exception {
    try (var s = Files.list(layout.resolve("blobs/sha256"))) {
      return s.filter(p -> {
        try (InputStream in = Files.newInputStream(p)) {
          int b = in.read();
          return b != '{';
        } catch (Exception e) {
          return false;
        }
      }).findFirst().orElseThrow();
    }
  }

  @Test
  void truncatedArchive() throws Exception {
    Path src = dive("test-docker-image.tar");
    Path cut = tmp.resolve("cut.tar");
    byte[] all = Files.readAllBytes(src);
    Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
    CliRun run = CliRun.of("inspect", "docker-archive:" + cut);
    assertRefused(run, cut.toString());
    assertThat(run.err()).containsAnyOf("truncated", "not a readable tar", "missing");
  }

  @Test
  void corruptGzip() throws Exception {
    Path layout = extract(dive("test-oci-gzip-image.tar"));
    Path blob = layerBlob(layout);
    byte[] data = Files.readAllBytes(blob);
    for (int i = 30; i < data.length - 30; i += 7) {
      data[i] = (byte) 0xff;
    }
    Files.write(blob, data);
    assertRefused(CliRun.of("inspect", "--no-verify", "oci:" + layout), "corrupt", blob.getFileName().toString());
  }

  @Test
  void missingBlob() throws Exception {
    Path layout = extract(dive("test-oci-gzip-image.tar"));
    Path blob = layerBlob(layout);
    Files.delete(blob);
    assertRefused(CliRun.of("inspect", "oci:" + layout), "missing blob", blob.getFileName().toString());
  }

  @Test
  void digestMismatch_andNoVerifySkipsIt() throws Exception {
    Path layout = extract(dive("test-oci-uncompressed-image.tar"));
    Path blob = layerBlob(layout);
    byte[] data = Files.readAllBytes(blob);
    data[1000] ^= 0x20; // inside README.md's content: the tar stays valid
    Files.write(blob, data);
    assertRefused(CliRun.of("inspect", "oci:" + layout), "mismatch", blob.getFileName().toString());
    assertThat(CliRun.of("inspect", "--no-verify", "oci:" + layout).exit()).isZero();
  }

  @Test
  void notAnImage() throws Exception {
    Path text = Files.writeString(tmp.resolve("notes.txt"), "hello, not a tar at all\n".repeat(40));
    assertRefused(CliRun.of("inspect", text.toString()), "notes.txt");
    assertRefused(CliRun.of("inspect", dive("test-gzip-image.tar").toString()), "not an image");
    assertRefused(CliRun.of("inspect", tmp.resolve("absent.tar").toString()), "no such file");
  }

  @Test
  void pathTraversalInManifest() throws Exception {
    Path evil = tmp.resolve("evil.tar");
    String manifest = "[{\"Config\":\"c.json\",\"Layers\":[\"../../../etc/passwd\"]}]";
    String config = "{\"os\":\"linux\",\"architecture\":\"amd64\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:"
        + "0".repeat(64) + "\"]}}";
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(evil))) {
      for (String[] f : new String[][] {{"manifest.json", manifest}, {"c.json", config}}) {
        byte[] b = f[1].getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(f[0]);
        e.setSize(b.length);
        tar.putArchiveEntry(e);
        tar.write(b);
        tar.closeArchiveEntry();
      }
    }
    assertRefused(CliRun.of("inspect", evil.toString()), "path traversal", "../../../etc/passwd");
  }

  @Test
  void layerEntriesClimbingOut_areKeptInsideAndReported() throws Exception {
    ByteArrayOutputStream layer = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(layer)) {
      TarArchiveEntry e = new TarArchiveEntry("../../escape.txt", true);
      e.setSize(3);
      tar.putArchiveEntry(e);
      tar.write("abc".getBytes(StandardCharsets.UTF_8));
      tar.closeArchiveEntry();
    }
    byte[] l = layer.toByteArray();
    String diff = "sha256:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(l));
    Path img = tmp.resolve("img.tar");
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(img))) {
      put(tar, "l/layer.tar", l);
      put(tar, "c.json", ("{\"os\":\"linux\",\"architecture\":\"amd64\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"" + diff + "\"]}}").getBytes(StandardCharsets.UTF_8));
      put(tar, "manifest.json", "[{\"Config\":\"c.json\",\"Layers\":[\"l/layer.tar\"]}]".getBytes(StandardCharsets.UTF_8));
    }
    CliRun run = CliRun.of("inspect", "--no-color", img.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("/escape.txt").contains("climb out of the root");
  }

  private static void put(TarArchiveOutputStream tar, String name, byte[] data) throws Exception {
    TarArchiveEntry e = new TarArchiveEntry(name);
    e.setSize(data.length);
    tar.putArchiveEntry(e);
    tar.write(data);
    tar.closeArchiveEntry();
  }
}
