package dev.footprint.image.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.footprint.image.Digest;
import dev.footprint.image.EntryType;
import dev.footprint.image.HistoryEntry;
import dev.footprint.image.Image;
import dev.footprint.image.ImageConfig;
import dev.footprint.image.ImageOptions;
import dev.footprint.image.ImageReference;
import dev.footprint.image.Images;
import dev.footprint.image.LayerEntry;
import dev.footprint.image.Platform;
import dev.footprint.image.Whiteout;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** read(write(x)) == x for the image writer, over every output transport and compression. */
class ImageWriterRoundTripTest {

  record FileSpec(String path, EntryType type, String content, int mode, long uid) {}

  @Property(tries = 25)
  void roundTrip_preservesEntriesAndConfig(
      @ForAll("layers") List<List<FileSpec>> layers,
      @ForAll("transports") ImageReference.Transport transport,
      @ForAll LayerCompression compression)
      throws Exception {
    Path dir = Files.createTempDirectory("fp-writer");
    try {
      List<WrittenLayer> written = new ArrayList<>();
      for (List<FileSpec> layer : layers) {
        try (LayerBuilder b = new LayerBuilder(dir, compression, 1_700_000_000L)) {
          for (FileSpec f : layer) {
            byte[] bytes = f.content.getBytes(StandardCharsets.UTF_8);
            b.add(entry(f, bytes.length), new ByteArrayInputStream(bytes));
          }
          written.add(b.finish());
        }
      }
      ImageConfig config = config(written);
      Path out = dir.resolve(transport == ImageReference.Transport.OCI ? "layout" : "image.tar");
      ImageReference ref = new ImageReference(transport, out, Optional.of("test:1"));
      WrittenImage result = ImageWriter.write(ref, config, written, 1_700_000_000L);

      try (Image image = Images.open(ref, ImageOptions.defaults())) {
        assertThat(image.config().entrypoint()).isEqualTo(config.entrypoint());
        assertThat(image.config().env()).isEqualTo(config.env());
        assertThat(image.config().diffIds()).isEqualTo(config.diffIds());
        assertThat(image.configDigest()).isEqualTo(result.configDigest());
        assertThat(image.layers()).hasSize(layers.size());
        for (int i = 0; i < layers.size(); i++) {
          List<FileSpec> read = new ArrayList<>();
          image.layers().get(i).read((e, content) -> read.add(back(e, content)));
          assertThat(read).isEqualTo(layers.get(i));
        }
      }
    } finally {
      dev.footprint.common.AtomicOutput.deleteTree(dir);
    }
  }

  @Property(tries = 5)
  void write_isByteIdenticalAcrossRuns(@ForAll("layers") List<List<FileSpec>> layers) throws Exception {
    Path dir = Files.createTempDirectory("fp-writer");
    try {
      byte[] first = writeArchive(dir, layers, "a.tar");
      byte[] second = writeArchive(dir, layers, "b.tar");
      assertThat(second).isEqualTo(first);
    } finally {
      dev.footprint.common.AtomicOutput.deleteTree(dir);
    }
  }

  private static byte[] writeArchive(Path dir, List<List<FileSpec>> layers, String name) throws Exception {
    List<WrittenLayer> written = new ArrayList<>();
    for (List<FileSpec> layer : layers) {
      try (LayerBuilder b = new LayerBuilder(dir, LayerCompression.GZIP, 0)) {
        for (FileSpec f : layer) {
          byte[] bytes = f.content.getBytes(StandardCharsets.UTF_8);
          b.add(entry(f, bytes.length), new ByteArrayInputStream(bytes));
        }
        written.add(b.finish());
      }
    }
    Path out = dir.resolve(name);
    ImageWriter.write(
        new ImageReference(ImageReference.Transport.OCI_ARCHIVE, out, Optional.empty()), config(written), written, 0);
    return Files.readAllBytes(out);
  }

  private static ImageConfig config(List<WrittenLayer> written) {
    List<HistoryEntry> history = new ArrayList<>();
    for (int i = 0; i < written.size(); i++) {
      history.add(new HistoryEntry(Optional.empty(), "layer " + i, Optional.empty(), false));
    }
    history.add(new HistoryEntry(Optional.empty(), "CMD [\"/app\"]", Optional.empty(), true));
    return new ImageConfig(
        new Platform("linux", "amd64", ""),
        Optional.of("2024-01-01T00:00:00Z"),
        Optional.empty(),
        List.of("/app"),
        List.of("--port", "8080"),
        List.of("PATH=/usr/bin", "A=b"),
        "1000",
        "/srv",
        List.of("8080/tcp"),
        Map.of("k", "v"),
        Optional.empty(),
        history,
        written.stream().map(WrittenLayer::diffId).toList());
  }

  private static LayerEntry entry(FileSpec f, long size) {
    String link = f.type == EntryType.SYMLINK ? f.content : "";
    return new LayerEntry(
        f.path, f.path, f.type, f.type == EntryType.FILE ? size : 0, f.mode, f.uid, f.uid, 0, link, Whiteout.NONE, false);
  }

  private static FileSpec back(LayerEntry e, InputStream content) throws java.io.IOException {
    String text =
        e.type() == EntryType.SYMLINK ? e.linkTarget() : new String(content.readAllBytes(), StandardCharsets.UTF_8);
    return new FileSpec(e.path(), e.type(), text, e.mode(), e.uid());
  }

  @Provide
  Arbitrary<ImageReference.Transport> transports() {
    return Arbitraries.of(ImageReference.Transport.class);
  }

  @Provide
  Arbitrary<List<List<FileSpec>>> layers() {
    Arbitrary<String> segment = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> longSegment = Arbitraries.strings().withCharRange('a', 'z').ofLength(120);
    Arbitrary<String> path =
        Arbitraries.oneOf(segment, longSegment).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("/", l));
    Arbitrary<String> text = Arbitraries.strings().ofMaxLength(3000);
    Arbitrary<FileSpec> file =
        Combinators.combine(path, Arbitraries.of(EntryType.FILE, EntryType.SYMLINK), text,
                Arbitraries.of(0644, 0755, 0600, 04755), Arbitraries.longs().between(0, 70000))
            .as((p, t, c, m, u) -> new FileSpec(p, t, t == EntryType.SYMLINK ? (c.isEmpty() ? "x" : "target") : c, m, u));
    return file.list().ofMaxSize(12).uniqueElements(FileSpec::path).list().ofMinSize(1).ofMaxSize(3);
  }
}
