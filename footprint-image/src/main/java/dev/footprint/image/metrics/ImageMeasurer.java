package dev.footprint.image.metrics;

import dev.footprint.common.InvalidInputException;
import dev.footprint.image.EntryType;
import dev.footprint.image.Compression;
import dev.footprint.image.HistoryEntry;
import dev.footprint.image.Image;
import dev.footprint.image.LayerEntry;
import dev.footprint.image.LayerReadSummary;
import dev.footprint.image.LayerVisitor;
import dev.footprint.image.MergedFileSystem;
import dev.footprint.image.ParallelLayers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.IntFunction;

/**
 * Measures an image in one parallel pass over its layers (metadata only; content is streamed
 * past and digested, never kept), then merges the per-layer entry lists in layer order.
 * Stateless; thread-safe.
 */
public final class ImageMeasurer {
  private final int threads;
  private final int top;

  /** @param top how many largest files and directories to keep */
  public ImageMeasurer(int threads, int top) {
    this.threads = threads;
    this.top = top;
  }

  private record Scan(List<LayerEntry> entries, LayerReadSummary summary) {}

  public ImageMetrics measure(Image image) throws IOException, InvalidInputException {
    return measure(image, index -> null);
  }

  /**
   * Measures, and hands every entry with its streaming content to {@code tap.apply(layerIndex)}
   * (when not null) on the same pass, so other analyses need no second read of the layers.
   */
  public ImageMetrics measure(Image image, IntFunction<LayerVisitor> tap) throws IOException, InvalidInputException {
    List<Scan> scans = ParallelLayers.read(image.layers(), threads, layer -> {
      if (layer.foreign() && !layer.blobPresent()) { // listed, not fetched
        return new Scan(List.of(), new LayerReadSummary(Compression.NONE, 0, 0, 0));
      }
      List<LayerEntry> entries = new ArrayList<>();
      LayerVisitor extra = tap.apply(layer.descriptor().index());
      LayerReadSummary s = layer.read((entry, content) -> {
        entries.add(entry);
        if (extra != null) {
          extra.visit(entry, content);
        }
      });
      return new Scan(entries, s);
    });
    DiveEfficiency dive = new DiveEfficiency();
    MergedFileSystem merged = new MergedFileSystem();
    List<LayerStats> layers = new ArrayList<>();
    long escaping = 0;
    for (int i = 0; i < scans.size(); i++) {
      Scan scan = scans.get(i);
      scans.set(i, null); // let the entry list go once merged
      long size = 0;
      for (LayerEntry e : scan.entries()) {
        size += e.size();
        escaping += e.escapesRoot() ? 1 : 0;
      }
      dive.addLayer(scan.entries(), i == scans.size() - 1);
      merged.apply(scan.entries());
      var d = image.layers().get(i).descriptor();
      layers.add(new LayerStats(d, scan.summary().compression(), size, scan.summary().uncompressedBytes(),
          scan.summary().entries(), d.history().map(HistoryEntry::createdBy).orElse("")));
    }
    DiveResult result = dive.result();
    long mergedContent = merged.contentSize();
    return new ImageMetrics(
        result.sizeBytes(),
        image.compressedSize(),
        layers.size(),
        merged.size(),
        layers,
        result,
        result.sizeBytes() - mergedContent,
        mergedContent,
        largestFiles(merged),
        largestDirectories(merged),
        escaping);
  }

  private List<PathSize> largestFiles(MergedFileSystem fs) {
    PriorityQueue<PathSize> heap = new PriorityQueue<>(Comparator.comparingLong(PathSize::sizeBytes));
    for (MergedFileSystem.Node n : fs.nodes()) {
      if (n.entry().type() == EntryType.FILE) {
        heap.add(new PathSize("/" + n.path(), n.entry().size(), n.layer()));
        if (heap.size() > top) {
          heap.poll();
        }
      }
    }
    return sortedDescending(heap);
  }

  private List<PathSize> largestDirectories(MergedFileSystem fs) {
    Map<String, Long> dirs = new HashMap<>();
    for (MergedFileSystem.Node n : fs.nodes()) {
      long size = n.entry().size();
      if (size == 0) {
        continue;
      }
      String p = n.path();
      for (int slash = p.lastIndexOf('/'); slash > 0; slash = p.lastIndexOf('/', slash - 1)) {
        dirs.merge(p.substring(0, slash), size, Long::sum);
      }
    }
    PriorityQueue<PathSize> heap = new PriorityQueue<>(Comparator.comparingLong(PathSize::sizeBytes));
    for (Map.Entry<String, Long> e : dirs.entrySet()) {
      int layer = fs.get(e.getKey()).map(MergedFileSystem.Node::layer).orElse(-1);
      heap.add(new PathSize("/" + e.getKey(), e.getValue(), layer));
      if (heap.size() > top) {
        heap.poll();
      }
    }
    return sortedDescending(heap);
  }

  private static List<PathSize> sortedDescending(PriorityQueue<PathSize> heap) {
    List<PathSize> out = new ArrayList<>(heap);
    out.sort(Comparator.comparingLong(PathSize::sizeBytes).reversed().thenComparing(PathSize::path));
    return out;
  }
}
