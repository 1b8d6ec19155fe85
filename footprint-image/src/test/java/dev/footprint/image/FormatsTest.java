package dev.footprint.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.common.InvalidInputException;
import dev.footprint.image.TestImages.E;
import dev.footprint.image.TestImages.LayerBlob;
import dev.footprint.image.metrics.ImageMeasurer;
import dev.footprint.image.metrics.ImageMetrics;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsTest {
  @TempDir Path tmp;

  private static byte[] base() throws Exception {
    return TestImages.tar(E.dir("etc"), E.file("etc/passwd", "root:x:0:0"), E.file("app", "0123456789"));
  }

  private static byte[] top() throws Exception {
    return TestImages.tar(E.file("etc/.wh.passwd", ""), E.file("app", "abcdefghijklmnopqrst"), E.symlink("bin", "usr/bin"));
  }

  private static ImageMetrics measure(String ref) throws Exception {
    try (Image image = Images.open(ref, ImageOptions.defaults())) {
      return new ImageMeasurer(2, 5).measure(image);
    }
  }

  @Test
  void gzipZstdAndPlainLayers_giveTheSameMetrics() throws Exception {
    List<ImageMetrics> all = new ArrayList<>();
    all.add(measure("oci:" + TestImages.ociLayout(tmp.resolve("plain"), List.of(LayerBlob.plain(base()), LayerBlob.plain(top())))));
    all.add(measure("oci:" + TestImages.ociLayout(tmp.resolve("gz"), List.of(LayerBlob.gzip(base()), LayerBlob.gzip(top())))));
    all.add(measure("oci:" + TestImages.ociLayout(tmp.resolve("zst"), List.of(LayerBlob.zstd(base()), LayerBlob.zstd(top())))));
    all.add(measure("docker-archive:" + TestImages.dockerArchive(tmp.resolve("d.tar"), List.of(base(), top()), null)));
    all.add(measure(TestImages.tarDirectory(tmp.resolve("gz"), tmp.resolve("o.tar")).toString()));
    for (ImageMetrics m : all) {
      assertThat(m.sizeBytes()).isEqualTo(10 + 10 + 20);
      assertThat(m.reclaimableBytes()).isEqualTo(10 + 10);
      assertThat(m.fileCount()).isEqualTo(3); // etc, app, bin: passwd was deleted
      assertThat(m.dive().score()).isEqualTo(all.get(0).dive().score());
    }
    assertThat(all.get(1).layers().get(0).compression()).isEqualTo(Compression.GZIP);
    assertThat(all.get(2).layers().get(0).compression()).isEqualTo(Compression.ZSTD);
    assertThat(all.get(0).layers().get(0).compression()).isEqualTo(Compression.NONE);
  }

  @Test
  void bareDirectoryAndArchives_areDetectedByContent() throws Exception {
    Path dir = TestImages.ociLayout(tmp.resolve("l"), List.of(LayerBlob.gzip(base())));
    assertThat(ImageReference.parse(dir.toString()).transport()).isEqualTo(ImageReference.Transport.OCI);
    Path oa = TestImages.tarDirectory(dir, tmp.resolve("oa.tar"));
    assertThat(ImageReference.parse(oa.toString()).transport()).isEqualTo(ImageReference.Transport.OCI_ARCHIVE);
    Path da = TestImages.dockerArchive(tmp.resolve("da.tar"), List.of(base()), null);
    assertThat(ImageReference.parse(da.toString()).transport()).isEqualTo(ImageReference.Transport.DOCKER_ARCHIVE);
  }

  @Test
  void config_andHistory_alignWithLayers() throws Exception {
    Path dir = TestImages.ociLayout(tmp.resolve("l"), List.of(LayerBlob.gzip(base()), LayerBlob.gzip(top())));
    try (Image image = Images.open("oci:" + dir + ":latest", ImageOptions.defaults())) {
      assertThat(image.config().envNames()).containsExactly("PATH", "SECRET");
      assertThat(image.config().exposedPorts()).containsExactly("8080/tcp");
      assertThat(image.layers().get(1).descriptor().history().orElseThrow().createdBy()).isEqualTo("/bin/sh -c step1");
      assertThat(image.manifestDigest()).isPresent();
    }
  }

  @Test
  void layerRead_streamsContentAndTypes() throws Exception {
    Path dir = TestImages.ociLayout(tmp.resolve("l"), List.of(LayerBlob.gzip(top())));
    try (Image image = Images.open("oci:" + dir, ImageOptions.defaults())) {
      List<LayerEntry> entries = new ArrayList<>();
      ByteArrayOutputStream app = new ByteArrayOutputStream();
      LayerReadSummary s = image.layers().get(0).read((e, in) -> {
        entries.add(e);
        if (e.path().equals("app")) {
          in.transferTo(app);
        }
      });
      assertThat(app.toString()).isEqualTo("abcdefghijklmnopqrst");
      assertThat(entries).extracting(LayerEntry::type).containsExactly(EntryType.FILE, EntryType.FILE, EntryType.SYMLINK);
      assertThat(entries.get(0).whiteout()).isEqualTo(Whiteout.FILE);
      assertThat(entries.get(0).whiteoutTarget()).isEqualTo("etc/passwd");
      assertThat(entries.get(2).linkTarget()).isEqualTo("usr/bin");
      assertThat(s.entries()).isEqualTo(3);
    }
  }

  @Test
  void digestMismatch_isRefusedNamingTheBlob_unlessNoVerify() throws Exception {
    Path dir = TestImages.ociLayout(tmp.resolve("l"), List.of(LayerBlob.plain(base())));
    Path blob;
    try (var s = Files.list(dir.resolve("blobs/sha256"))) {
      blob = s.filter(p -> { try { return Files.size(p) > 1000; } catch (Exception e) { return false; } }).findFirst().orElseThrow();
    }
    byte[] data = Files.readAllBytes(blob);
    data[600] ^= 1;
    Files.write(blob, data);
    assertThatThrownBy(() -> measure("oci:" + dir))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("mismatch").hasMessageContaining(blob.getFileName().toString());
    try (Image image = Images.open("oci:" + dir, ImageOptions.defaults().withVerify(false))) {
      assertThat(new ImageMeasurer(1, 1).measure(image).layerCount()).isEqualTo(1);
    }
  }

  @Test
  void platform_isChosenOrRefused() throws Exception {
    Path dir = TestImages.ociLayout(tmp.resolve("l"), List.of(LayerBlob.plain(base())));
    assertThatThrownBy(() -> Images.open("oci:" + dir, ImageOptions.defaults().withPlatform(Platform.parse("linux/arm64"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("linux/amd64");
    try (Image image = Images.open("oci:" + dir, ImageOptions.defaults().withPlatform(Platform.parse("linux/amd64")))) {
      assertThat(image.config().platform().architecture()).isEqualTo("amd64");
    }
  }

  @Test
  void copyRaw_givesTheStoredBlob_andParallelReadsAgree() throws Exception {
    LayerBlob a = LayerBlob.gzip(base());
    LayerBlob b = LayerBlob.zstd(top());
    Path dir = TestImages.ociLayout(tmp.resolve("l"), List.of(a, b));
    try (Image image = Images.open("oci:" + dir, ImageOptions.defaults())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      image.layers().get(1).copyRaw(out);
      assertThat(out.toByteArray()).isEqualTo(b.blob());
      List<Long> counts = ParallelLayers.read(image.layers(), 2, l -> l.read((e, in) -> { }).entries());
      assertThat(counts).containsExactly(3L, 3L);
      MergedFileSystem fs = MergedFileSystem.of(image, 2);
      assertThat(fs.get("etc/passwd")).isEmpty();
      assertThat(fs.get("app").orElseThrow().layer()).isEqualTo(1);
    }
  }

  @Test
  void gnuAndPaxLongNames_devicesAndFifos_areRead() throws Exception {
    String longName = "very/" + "deep/".repeat(30) + "file.txt";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (var tar = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(bytes)) {
      tar.setLongFileMode(org.apache.commons.compress.archivers.tar.TarArchiveOutputStream.LONGFILE_GNU);
      var f = new org.apache.commons.compress.archivers.tar.TarArchiveEntry(longName);
      f.setSize(2);
      tar.putArchiveEntry(f);
      tar.write("hi".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      tar.closeArchiveEntry();
      var dev = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("dev/null",
          org.apache.commons.compress.archivers.tar.TarConstants.LF_CHR);
      tar.putArchiveEntry(dev);
      tar.closeArchiveEntry();
      var fifo = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("run/pipe",
          org.apache.commons.compress.archivers.tar.TarConstants.LF_FIFO);
      tar.putArchiveEntry(fifo);
      tar.closeArchiveEntry();
      tar.setLongFileMode(org.apache.commons.compress.archivers.tar.TarArchiveOutputStream.LONGFILE_POSIX);
      var pax = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("pax/" + "x".repeat(200));
      tar.putArchiveEntry(pax);
      tar.closeArchiveEntry();
    }
    Path dir = TestImages.ociLayout(tmp.resolve("l"), List.of(LayerBlob.gzip(bytes.toByteArray())));
    try (Image image = Images.open("oci:" + dir, ImageOptions.defaults())) {
      List<LayerEntry> entries = new ArrayList<>();
      image.layers().get(0).read((e, in) -> entries.add(e));
      assertThat(entries).extracting(LayerEntry::path)
          .containsExactly(longName, "dev/null", "run/pipe", "pax/" + "x".repeat(200));
      assertThat(entries).extracting(LayerEntry::type)
          .containsExactly(EntryType.FILE, EntryType.CHAR_DEVICE, EntryType.FIFO, EntryType.FILE);
    }
  }

  @Test
  void entryNames_areNormalisedAndEscapesFlagged() {
    var n = dev.footprint.image.internal.layer.EntryNames.of("./usr//bin/../lib/x");
    assertThat(n.path()).isEqualTo("usr/lib/x");
    assertThat(n.escapes()).isFalse();
    var up = dev.footprint.image.internal.layer.EntryNames.of("/../../etc/passwd");
    assertThat(up.path()).isEqualTo("etc/passwd");
    assertThat(up.escapes()).isTrue();
    assertThat(dev.footprint.image.internal.layer.EntryNames.of("usr/bin/env").path()).isEqualTo("usr/bin/env");
  }

  @Test
  void nestedIndex_platformIsChosen_orTheChoicesAreListed() throws Exception {
    Path dir = TestImages.multiPlatformLayout(tmp.resolve("multi"), List.of(LayerBlob.gzip(base())), "arm64", "s390x");
    try (Image image = Images.open("oci:" + dir + ":v1", ImageOptions.defaults().withPlatform(Platform.parse("linux/s390x")))) {
      assertThat(image.config().platform().architecture()).isEqualTo("s390x");
      assertThat(image.otherPlatforms()).containsExactly(new Platform("linux", "arm64", ""));
    }
    assertThatThrownBy(() -> Images.open("oci:" + dir, ImageOptions.defaults()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--platform").hasMessageContaining("linux/arm64").hasMessageContaining("linux/s390x");
    assertThatThrownBy(() -> Images.open("oci:" + dir, ImageOptions.defaults().withPlatform(Platform.parse("linux/riscv64"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("linux/riscv64");
  }
}
