package dev.footprint.slim;

import dev.footprint.image.EntryType;
import dev.footprint.image.HistoryEntry;
import dev.footprint.image.ImageConfig;
import dev.footprint.image.ImageReference;
import dev.footprint.image.LayerEntry;
import dev.footprint.image.Platform;
import dev.footprint.image.Whiteout;
import dev.footprint.image.write.ImageWriter;
import dev.footprint.image.write.LayerBuilder;
import dev.footprint.image.write.LayerCompression;
import dev.footprint.image.write.WrittenLayer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds small real OCI archives layer by layer for slim tests. */
final class TestImage {
  private final List<List<Object[]>> layers = new ArrayList<>();
  private List<String> entrypoint = List.of("/app/run");

  TestImage layer() {
    layers.add(new ArrayList<>());
    return this;
  }

  TestImage file(String path, String content) {
    return file(path, content.getBytes(StandardCharsets.UTF_8), 0644);
  }

  TestImage file(String path, byte[] content, int mode) {
    layers.get(layers.size() - 1).add(new Object[] {path, EntryType.FILE, content, mode, ""});
    return this;
  }

  TestImage dir(String path) {
    layers.get(layers.size() - 1).add(new Object[] {path, EntryType.DIR, new byte[0], 0755, ""});
    return this;
  }

  TestImage symlink(String path, String target) {
    layers.get(layers.size() - 1).add(new Object[] {path, EntryType.SYMLINK, new byte[0], 0777, target});
    return this;
  }

  TestImage hardlink(String path, String target) {
    layers.get(layers.size() - 1).add(new Object[] {path, EntryType.HARDLINK, new byte[0], 0755, target});
    return this;
  }

  TestImage whiteout(String path) {
    int slash = path.lastIndexOf('/');
    String name = slash < 0 ? ".wh." + path : path.substring(0, slash + 1) + ".wh." + path.substring(slash + 1);
    return file(name, "");
  }

  TestImage entrypoint(String... argv) {
    entrypoint = List.of(argv);
    return this;
  }

  ImageReference write(Path dir, String name) throws Exception {
    Path work = Files.createDirectories(dir.resolve("work-" + name));
    List<WrittenLayer> written = new ArrayList<>();
    for (List<Object[]> layer : layers) {
      try (LayerBuilder b = new LayerBuilder(work, LayerCompression.GZIP, 1_600_000_000L)) {
        for (Object[] e : layer) {
          byte[] bytes = (byte[]) e[2];
          EntryType type = (EntryType) e[1];
          b.add(new LayerEntry((String) e[0], (String) e[0], type, type == EntryType.FILE ? bytes.length : 0,
              (Integer) e[3], 0, 0, 0, (String) e[4], Whiteout.NONE, false), new ByteArrayInputStream(bytes));
        }
        written.add(b.finish());
      }
    }
    List<HistoryEntry> history = new ArrayList<>();
    for (int i = 0; i < written.size(); i++) {
      history.add(new HistoryEntry(Optional.empty(), "RUN step " + i, Optional.empty(), false));
    }
    ImageConfig config = new ImageConfig(new Platform("linux", "amd64", ""), Optional.of("2024-05-01T00:00:00Z"),
        Optional.empty(), entrypoint, List.of(), List.of("PATH=/usr/bin:/bin"), "", "/", List.of(), Map.of(),
        Optional.empty(), history, written.stream().map(WrittenLayer::diffId).toList());
    ImageReference ref = new ImageReference(ImageReference.Transport.OCI_ARCHIVE, dir.resolve(name + ".tar"), Optional.empty());
    ImageWriter.write(ref, config, written, 0);
    return ref;
  }
}
