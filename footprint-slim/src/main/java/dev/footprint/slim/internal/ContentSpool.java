package dev.footprint.slim.internal;

import dev.footprint.common.InvalidInputException;
import dev.footprint.image.EntryType;
import dev.footprint.image.Image;
import dev.footprint.image.Layer;
import dev.footprint.image.LayerEntry;
import dev.footprint.image.ParallelLayers;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Reads every layer once, in parallel: the entries (for planning) and, from layer
 * {@code fromLayer} up, the content of the files that may reach the output, spooled to the work
 * directory and stripped on the way on the reading thread. Inflating is most of the cost of
 * reading a layer; spooling means slim pays it once, like inspect, instead of once to plan and
 * again to write. The spool needs as much free space as the content it keeps.
 */
public final class ContentSpool {
  private ContentSpool() {}

  /**
   * @param spool which file entries may survive (the path-local removal rules), so that content
   *     certainly removed is never written
   * @param stripping strips ELF programs and libraries on the way, or null to keep them as they are
   */
  public static List<SpooledLayer> read(Image image, Path work, int fromLayer, Predicate<LayerEntry> spool,
      ElfStripping stripping) throws IOException, InvalidInputException {
    List<Layer> layers = image.layers();
    // On failure the spool files stay behind in the work directory, which the caller deletes.
    return ParallelLayers.read(layers, ParallelLayers.defaultThreads(layers.size()), layer -> {
      int index = layer.descriptor().index();
      return index < fromLayer ? entriesOnly(layer, index) : spooled(layer, index, work, spool, stripping);
    });
  }

  /**
   * Reads the named layers again and copies out the content of the named entries (layer index to
   * entry indices in tar order): what the spool skipped but a hardlink turned out to need.
   */
  public static Map<Integer, Map<Integer, Path>> fetch(Image image, Path work, Map<Integer, Set<Integer>> wanted)
      throws IOException, InvalidInputException {
    Map<Integer, Map<Integer, Path>> out = new HashMap<>();
    for (Map.Entry<Integer, Set<Integer>> w : new TreeMap<>(wanted).entrySet()) {
      Map<Integer, Path> files = new HashMap<>();
      int[] index = {0};
      image.layers().get(w.getKey()).read((e, content) -> {
        int i = index[0]++;
        if (w.getValue().contains(i)) {
          Path file = Files.createTempFile(work, "link-", ".bin");
          Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
          files.put(i, file);
        }
      });
      out.put(w.getKey(), files);
    }
    return out;
  }

  private static SpooledLayer entriesOnly(Layer layer, int index) throws IOException, InvalidInputException {
    List<LayerEntry> entries = new ArrayList<>();
    layer.read((e, content) -> entries.add(e));
    long[] none = new long[entries.size()];
    Arrays.fill(none, -1);
    return new SpooledLayer(index, entries, none, none, Optional.empty());
  }

  private static SpooledLayer spooled(Layer layer, int index, Path work, Predicate<LayerEntry> spool,
      ElfStripping stripping) throws IOException, InvalidInputException {
    Path file = Files.createTempFile(work, "spool-" + index + "-", ".bin");
    List<LayerEntry> entries = new ArrayList<>();
    long[][] slots = {new long[1024], new long[1024]}; // offsets, lengths; grown as entries come
    long[] position = {0};
    byte[] buffer = new byte[1 << 16]; // one per layer: a million entries must not mean a million buffers
    try (OutputStream sink = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      layer.read((e, content) -> {
        int i = entries.size();
        entries.add(e);
        if (i == slots[0].length) {
          slots[0] = Arrays.copyOf(slots[0], i * 2);
          slots[1] = Arrays.copyOf(slots[1], i * 2);
        }
        if (e.type() != EntryType.FILE || e.size() == 0 || !spool.test(e)) {
          slots[0][i] = -1;
          return;
        }
        long length = stripping != null && ElfStripping.strippable(e)
            ? stripInto(stripping, e, content, sink, buffer)
            : copy(content, sink, e.size(), buffer);
        slots[0][i] = position[0];
        slots[1][i] = length;
        position[0] += length;
      });
    }
    return new SpooledLayer(index, entries, slots[0], slots[1], Optional.of(file));
  }

  private static long stripInto(ElfStripping stripping, LayerEntry e, InputStream content, OutputStream sink,
      byte[] buffer) throws IOException {
    ElfStripping.Outcome o = stripping.strip(content, e.size());
    if (o.stripped().isEmpty()) {
      try (InputStream in = o.original()) {
        return copy(in, sink, e.size(), buffer);
      }
    }
    Path stripped = o.stripped().get();
    try (InputStream in = Files.newInputStream(stripped)) {
      return copy(in, sink, o.size(), buffer);
    } finally {
      Files.deleteIfExists(stripped);
    }
  }

  private static long copy(InputStream in, OutputStream sink, long expected, byte[] buffer) throws IOException {
    long n = 0;
    for (int r; (r = in.read(buffer)) > 0; ) {
      sink.write(buffer, 0, r);
      n += r;
    }
    if (n != expected) {
      throw new IOException("an entry's content has " + n + " bytes, its header says " + expected);
    }
    return n;
  }
}
