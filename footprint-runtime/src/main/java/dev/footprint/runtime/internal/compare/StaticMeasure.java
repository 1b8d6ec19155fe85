package dev.footprint.runtime.internal.compare;

import dev.footprint.common.FootprintException;
import dev.footprint.image.EntryType;
import dev.footprint.image.Image;
import dev.footprint.image.ImageOptions;
import dev.footprint.image.Images;
import dev.footprint.image.LayerEntry;
import dev.footprint.image.MergedFileSystem;
import dev.footprint.image.ParallelLayers;
import dev.footprint.runtime.StaticMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Size, compressed size, layers and files of an image — the numbers {@code inspect} leads with —
 * from one metadata pass over the layers. For a host program the size is the file's.
 */
public final class StaticMeasure {
  private StaticMeasure() {}

  private record LayerFacts(long bytes, List<LayerEntry> entries) {}

  public static StaticMetrics ofImage(String reference) throws IOException, FootprintException {
    try (Image image = Images.open(reference, ImageOptions.defaults().withVerify(false))) {
      List<LayerFacts> facts =
          ParallelLayers.read(
              image.layers(),
              ParallelLayers.defaultThreads(image.layers().size()),
              layer -> {
                List<LayerEntry> entries = new ArrayList<>();
                long[] bytes = {0};
                layer.read((e, content) -> {
                  entries.add(e);
                  bytes[0] += e.type() == EntryType.FILE ? e.size() : 0;
                });
                return new LayerFacts(bytes[0], entries);
              });
      MergedFileSystem fs = new MergedFileSystem();
      List<Long> sizes = new ArrayList<>();
      for (LayerFacts f : facts) {
        fs.apply(f.entries());
        sizes.add(f.bytes());
      }
      long files = fs.nodes().stream().filter(n -> n.entry().type() == EntryType.FILE).count();
      long size = sizes.stream().mapToLong(Long::longValue).sum();
      return new StaticMetrics(size, image.compressedSize(), sizes.size(), files, sizes);
    }
  }

  public static StaticMetrics ofProgram(Path program) throws IOException {
    long size = Files.size(program);
    return new StaticMetrics(size, size, 0, 1, List.of());
  }
}
