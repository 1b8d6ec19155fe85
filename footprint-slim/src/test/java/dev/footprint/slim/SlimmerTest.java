package dev.footprint.slim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.common.InvalidInputException;
import dev.footprint.image.Image;
import dev.footprint.image.ImageOptions;
import dev.footprint.image.ImageReference;
import dev.footprint.image.Images;
import dev.footprint.image.MergedFileSystem;
import dev.footprint.image.MergedFileSystem.Node;
import dev.footprint.image.metrics.ImageMeasurer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlimmerTest {
  @TempDir Path dir;

  private ImageReference sample() throws Exception {
    return new TestImage()
        .layer().dir("app").file("app/run", "#!/bin/sh\necho hi\n").file("app/big.bin", "x".repeat(5000))
        .file("usr/share/doc/pkg/changelog", "c".repeat(700)).file("usr/share/doc/pkg/copyright", "MIT")
        .file("var/lib/apt/lists/deb_Packages", "p".repeat(900))
        .file("etc/config", "v1")
        .layer().file("etc/config", "v2-longer").whiteout("app/big.bin")
        .file("src/.git/objects/ab", "g".repeat(300)).file("src/main.go", "package main")
        .write(dir, "in");
  }

  private static Map<String, String> files(ImageReference ref) throws Exception {
    Map<String, String> out = new HashMap<>();
    try (Image image = Images.open(ref, ImageOptions.defaults())) {
      for (var layer : image.layers()) {
        layer.read((e, content) -> out.put(e.path(), new String(content.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  private SlimResult slim(ImageReference in, SlimOptions options, Optional<ImageReference> out) throws Exception {
    try (Image image = Images.open(in, ImageOptions.defaults())) {
      return Slimmer.slim(image, options, out);
    }
  }

  @Test
  void safeMode_squashesAndDropsCachesDocsVcsButKeepsCopyright() throws Exception {
    ImageReference in = sample();
    ImageReference out = new ImageReference(ImageReference.Transport.OCI, dir.resolve("out"), Optional.empty());
    SlimResult r = slim(in, SlimOptions.defaults(), Optional.of(out));

    Map<String, String> files = files(out);
    assertThat(files).containsEntry("etc/config", "v2-longer").containsEntry("usr/share/doc/pkg/copyright", "MIT")
        .containsKey("app/run").containsKey("src/main.go");
    assertThat(files).doesNotContainKeys("app/big.bin", "usr/share/doc/pkg/changelog",
        "var/lib/apt/lists/deb_Packages", "src/.git/objects/ab", "src/.git");
    assertThat(r.afterLayerCount()).isEqualTo(1);
    assertThat(r.beforeLayerCount()).isEqualTo(2);
    assertThat(saved(r, "drop-wasted")).isEqualTo(5000 + 2); // big.bin and the old etc/config
    assertThat(saved(r, "docs")).isEqualTo(700);
    assertThat(saved(r, "package-cache")).isEqualTo(900);
    assertThat(saved(r, "vcs")).isEqualTo(300);
    assertThat(r.afterSizeBytes()).isEqualTo(files.values().stream().mapToLong(String::length).sum());
    assertThat(r.manifestDigest()).isPresent();
  }

  @Test
  void switches_keepWhatTheyName() throws Exception {
    ImageReference out = new ImageReference(ImageReference.Transport.OCI_ARCHIVE, dir.resolve("o.tar"), Optional.empty());
    slim(sample(), SlimOptions.defaults().withDropDocs(false).withDropVcs(false).withKeep(List.of("/var/lib/apt/**")),
        Optional.of(out));
    assertThat(files(out)).containsKeys("usr/share/doc/pkg/changelog", "src/.git/objects/ab", "var/lib/apt/lists/deb_Packages");
  }

  @Test
  void dryRun_writesNothingAndListsEveryChange() throws Exception {
    SlimResult r = slim(sample(), SlimOptions.defaults(), Optional.empty());
    assertThat(r.manifestDigest()).isEmpty();
    assertThat(r.changes()).extracting(SlimResult.Change::path)
        .contains("/usr/share/doc/pkg/changelog", "/var/lib/apt/lists/deb_Packages", "/src/.git/objects/ab");
    try (var list = Files.list(dir)) {
      assertThat(list.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in.tar", "work-in");
    }
  }

  @Test
  void output_isReproducible() throws Exception {
    ImageReference in = sample();
    SlimResult a = slim(in, SlimOptions.defaults(), Optional.of(
        new ImageReference(ImageReference.Transport.OCI_ARCHIVE, dir.resolve("a.tar"), Optional.empty())));
    SlimResult b = slim(in, SlimOptions.defaults(), Optional.of(
        new ImageReference(ImageReference.Transport.OCI_ARCHIVE, dir.resolve("b.tar"), Optional.empty())));
    assertThat(a.manifestDigest()).isEqualTo(b.manifestDigest());
    assertThat(Files.readAllBytes(dir.resolve("a.tar"))).isEqualTo(Files.readAllBytes(dir.resolve("b.tar")));
  }

  @Test
  void keepBase_keepsBaseLayerByteIdenticalAndWhitesOutWhatUpperLayersDeleted() throws Exception {
    ImageReference in = new TestImage()
        .layer().file("bin/tool", "t").file("etc/old", "o").file("usr/share/doc/a/readme", "docs in base")
        .layer().whiteout("etc/old").file("app/x", "x")
        .layer().file("app/y", "y")
        .write(dir, "base");
    ImageReference out = new ImageReference(ImageReference.Transport.OCI_ARCHIVE, dir.resolve("kb.tar"), Optional.empty());
    slim(in, SlimOptions.defaults().withKeepBase(OptionalInt.of(1)), Optional.of(out));
    try (Image original = Images.open(in, ImageOptions.defaults());
        Image slimmed = Images.open(out, ImageOptions.defaults())) {
      assertThat(slimmed.layers()).hasSize(2);
      assertThat(slimmed.layers().get(0).descriptor().digest()).isEqualTo(original.layers().get(0).descriptor().digest());
      MergedFileSystem merged = MergedFileSystem.of(slimmed, 1);
      assertThat(merged.nodes()).extracting(Node::path)
          .contains("bin/tool", "app/x", "app/y", "usr/share/doc/a/readme").doesNotContain("etc/old");
    }
  }

  @Test
  void keepBase_refusesToKeepEveryLayer() throws Exception {
    ImageReference in = sample();
    assertThatThrownBy(() -> slim(in, SlimOptions.defaults().withKeepBase(OptionalInt.of(2)), Optional.empty()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--keep-base 2");
  }

  @Test
  void minify_refusesScriptEntrypointWithoutKeep() throws Exception {
    ImageReference in = sample();
    assertThatThrownBy(() -> slim(in, SlimOptions.defaults().withMinify(true), Optional.empty()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("script").hasMessageContaining("--keep");
  }

  @Test
  void minify_withKeepKeepsOnlyNamedPathsAndEntrypoint() throws Exception {
    ImageReference in = sample();
    ImageReference out = new ImageReference(ImageReference.Transport.OCI_ARCHIVE, dir.resolve("m.tar"), Optional.empty());
    slim(in, SlimOptions.defaults().withMinify(true).withKeep(List.of("/etc/**")), Optional.of(out));
    assertThat(files(out)).containsKeys("app/run", "etc/config", "app").doesNotContainKeys("src/main.go", "usr/share/doc/pkg/copyright");
  }

  @Test
  void afterEfficiency_isWhatReadingTheOutputMeasures() throws Exception {
    ImageReference in = new TestImage()
        .layer().file("bin/tool", "t").file("etc/old", "o").file("usr/share/doc/a/readme", "docs in base")
        .file("etc/dup", "d".repeat(400))
        .layer().whiteout("etc/old").file("app/x", "x").file("etc/dup", "e".repeat(400))
        .layer().file("app/y", "y").file("usr/share/doc/a/notes", "n".repeat(90))
        .write(dir, "eff");
    for (OptionalInt keepBase : List.of(OptionalInt.empty(), OptionalInt.of(1))) {
      ImageReference out = new ImageReference(ImageReference.Transport.OCI_ARCHIVE,
          dir.resolve("eff-" + keepBase.orElse(0) + ".tar"), Optional.empty());
      SlimResult r = slim(in, SlimOptions.defaults().withKeepBase(keepBase), Optional.of(out));
      try (Image slimmed = Images.open(out, ImageOptions.defaults())) {
        assertThat(r.afterEfficiency()).isEqualTo(new ImageMeasurer(1, 0).measure(slimmed).dive());
      }
    }
  }

  @Test
  void hardlinks_stayLinksWhenTheirTargetComesAlong_elseBecomeFilesWithTheContentTheyShowed() throws Exception {
    ImageReference in = new TestImage()
        .layer().file("bin/real", "program bytes").hardlink("bin/alias", "bin/real")
        .file("usr/share/doc/p/changelog", "doc text").hardlink("bin/readme", "usr/share/doc/p/changelog")
        .file("etc/conf", "old").hardlink("etc/conf.saved", "etc/conf")
        .file("opt/gone", "deleted above").hardlink("opt/kept", "opt/gone")
        .layer().file("etc/conf", "new").whiteout("opt/gone")
        .write(dir, "links");
    ImageReference out = new ImageReference(ImageReference.Transport.OCI_ARCHIVE, dir.resolve("links-out.tar"), Optional.empty());
    slim(in, SlimOptions.defaults(), Optional.of(out));
    Map<String, String> files = files(out);
    Map<String, dev.footprint.image.EntryType> types = new HashMap<>();
    Map<String, String> targets = new HashMap<>();
    try (Image slimmed = Images.open(out, ImageOptions.defaults())) {
      slimmed.layers().get(0).read((e, content) -> {
        types.put(e.path(), e.type());
        targets.put(e.path(), e.linkTarget());
      });
    }
    // a target that comes along: still one file with two names
    assertThat(types.get("bin/alias")).isEqualTo(dev.footprint.image.EntryType.HARDLINK);
    assertThat(targets.get("bin/alias")).isEqualTo("bin/real");
    // target removed by the docs rule: the link's path keeps the content
    assertThat(files).doesNotContainKey("usr/share/doc/p/changelog").containsEntry("bin/readme", "doc text");
    // target replaced above: the link still showed the old content
    assertThat(files).containsEntry("etc/conf", "new").containsEntry("etc/conf.saved", "old");
    // target deleted above: the link's path survives with it
    assertThat(files).doesNotContainKey("opt/gone").containsEntry("opt/kept", "deleted above");
    assertThat(types.get("bin/readme")).isEqualTo(dev.footprint.image.EntryType.FILE);
  }

  @Test
  void hardlinkBeforeItsTargetInLayerOrder_isWrittenAfterIt() throws Exception {
    ImageReference in = new TestImage()
        .layer().hardlink("opt/early", "opt/late").file("opt/late", "late bytes")
        .write(dir, "order");
    ImageReference out = new ImageReference(ImageReference.Transport.OCI_ARCHIVE, dir.resolve("order-out.tar"), Optional.empty());
    slim(in, SlimOptions.defaults(), Optional.of(out));
    List<String> order = new java.util.ArrayList<>();
    try (Image slimmed = Images.open(out, ImageOptions.defaults())) {
      slimmed.layers().get(0).read((e, content) -> order.add(e.path()));
    }
    assertThat(order.indexOf("opt/early")).isGreaterThan(order.indexOf("opt/late"));
  }

  @Test
  void zstd_outputIsReproducibleAndReadable() throws Exception {
    ImageReference in = sample();
    SlimOptions zstd = SlimOptions.defaults().withCompression(dev.footprint.image.write.LayerCompression.ZSTD);
    ImageReference a = new ImageReference(ImageReference.Transport.OCI_ARCHIVE, dir.resolve("za.tar"), Optional.empty());
    ImageReference b = new ImageReference(ImageReference.Transport.OCI_ARCHIVE, dir.resolve("zb.tar"), Optional.empty());
    assertThat(slim(in, zstd, Optional.of(a)).manifestDigest()).isEqualTo(slim(in, zstd, Optional.of(b)).manifestDigest());
    assertThat(files(a)).containsEntry("etc/config", "v2-longer").containsKey("app/run");
  }

  @Test
  void compressionLevel_outsideTheRangeIsBadInput_andALowerLevelWritesMore() throws Exception {
    ImageReference in = sample();
    assertThatThrownBy(() -> slim(in, SlimOptions.defaults().withCompressionLevel(OptionalInt.of(10)), Optional.empty()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--compression-level 10")
        .hasMessageContaining("1 (fastest) to 9");
    StringBuilder words = new StringBuilder();
    java.util.Random random = new java.util.Random(3);
    String[] vocabulary = {"layer", "image", "slim", "strip", "cache", "docs", "binary", "loader", "deflate", "zstd"};
    while (words.length() < 300_000) {
      words.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextInt(1000)).append(' ');
    }
    ImageReference text = new TestImage().layer().file("app/run", "#!/bin/sh\n").file("app/words.txt", words.toString())
        .write(dir, "text");
    SlimResult fast = slim(text, SlimOptions.defaults().withCompressionLevel(OptionalInt.of(1)), Optional.empty());
    SlimResult best = slim(text, SlimOptions.defaults().withCompressionLevel(OptionalInt.of(9)), Optional.empty());
    assertThat(fast.afterCompressedSizeBytes()).isGreaterThan(best.afterCompressedSizeBytes());
  }

  private static long saved(SlimResult r, String name) {
    return r.transformations().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().bytesSaved();
  }
}
