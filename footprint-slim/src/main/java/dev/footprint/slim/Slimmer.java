package dev.footprint.slim;

import dev.footprint.common.AtomicOutput;
import dev.footprint.common.FootprintException;
import dev.footprint.common.InvalidInputException;
import dev.footprint.image.HistoryEntry;
import dev.footprint.image.Image;
import dev.footprint.image.ImageConfig;
import dev.footprint.image.ImageReference;
import dev.footprint.image.Layer;
import dev.footprint.image.LayerEntry;
import dev.footprint.image.MergedFileSystem;
import dev.footprint.image.MergedFileSystem.Node;
import dev.footprint.image.metrics.DiveEfficiency;
import dev.footprint.image.write.ImageWriter;
import dev.footprint.image.write.LayerBuilder;
import dev.footprint.image.write.WrittenImage;
import dev.footprint.image.write.WrittenLayer;
import dev.footprint.slim.SlimResult.Change;
import dev.footprint.slim.internal.BaseLayers;
import dev.footprint.slim.internal.ContentExtractor;
import dev.footprint.slim.internal.ContentSpool;
import dev.footprint.slim.internal.ElfStripping;
import dev.footprint.slim.internal.MergedRootFileSystem;
import dev.footprint.slim.internal.MinifySelection;
import dev.footprint.slim.internal.PathGlob;
import dev.footprint.slim.internal.RemovalRules;
import dev.footprint.slim.internal.SlimPlan;
import dev.footprint.slim.internal.SpooledLayer;
import dev.footprint.slim.internal.SquashedLayerWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Entry point of footprint-slim: rewrites an opened image smaller. One parallel pass reads every
 * layer, keeping the entries to plan with and spooling (and stripping) the content that may
 * survive; the plan then picks what the new layer keeps and the writer reads it back from the
 * spool. Stateless; each call uses its own work directory, removed at the end.
 */
public final class Slimmer {
  private Slimmer() {}

  /**
   * Slims {@code image} into {@code output}; with {@code output} empty it is a dry run that
   * computes every figure (layers are written to the work directory and thrown away).
   */
  public static SlimResult slim(Image image, SlimOptions options, Optional<ImageReference> output)
      throws IOException, FootprintException {
    List<Layer> layers = image.layers();
    int base = options.keepBase().orElse(0);
    if (base < 0 || base >= layers.size() && !layers.isEmpty()) {
      throw new InvalidInputException(
          "--keep-base " + base + ": the image has " + layers.size() + " layers; keep fewer than that");
    }
    if (!options.compression().accepts(options.level())) {
      throw new InvalidInputException("--compression-level " + options.level() + ": "
          + options.compression().name().toLowerCase(java.util.Locale.ROOT) + " takes 1 (fastest) to "
          + options.compression().maxLevel() + " (smallest)");
    }
    if (options.minify() && options.keepBase().isPresent()) {
      throw new InvalidInputException("--minify builds a new image; it cannot keep base layers");
    }
    Path work = Files.createTempDirectory("footprint-slim-");
    List<SpooledLayer> spooled = List.of();
    try {
      RemovalRules rules = RemovalRules.of(options);
      spooled = ContentSpool.read(image, work, base, e -> rules.ruleFor(e.path()).isEmpty(),
          options.strip() ? new ElfStripping(work) : null);
      MergedFileSystem baseView = new MergedFileSystem();
      MergedFileSystem merged = new MergedFileSystem();
      long beforeSize = 0;
      long upperSize = 0;
      for (SpooledLayer layer : spooled) {
        if (layer.index() < base) {
          baseView.apply(layer.entries());
        }
        merged.apply(layer.entries());
        long layerBytes = layer.entries().stream().mapToLong(LayerEntry::size).sum();
        beforeSize += layerBytes;
        if (layer.index() >= base) {
          upperSize += layerBytes;
        }
      }
      List<String> notes = new ArrayList<>();
      SlimPlan plan = options.minify()
          ? minifyPlan(image, merged, spooled, rules, options, work, notes)
          : SlimPlan.of(merged, base, rules);
      return write(image, spooled, options, output, merged, baseView, plan, base, beforeSize, upperSize, work,
          notes);
    } finally {
      try {
        for (SpooledLayer layer : spooled) {
          layer.close();
        }
      } finally {
        AtomicOutput.deleteTree(work);
      }
    }
  }

  private static SlimPlan minifyPlan(Image image, MergedFileSystem merged, List<SpooledLayer> spooled,
      RemovalRules rules, SlimOptions options, Path work, List<String> notes) throws IOException, FootprintException {
    Path content = Files.createDirectories(work.resolve("content"));
    MergedRootFileSystem root = new MergedRootFileSystem(merged, content);
    String exe = MergedRootFileSystem.rel(MinifySelection.entrypoint(image.config(), root).path());
    ContentExtractor.extract(spooled, merged, content, e -> e.path().equals(exe) || ContentExtractor.closureInput(e));
    MinifySelection selection = MinifySelection.of(image.config(), merged, root,
        options.keep().stream().map(PathGlob::of).toList());
    notes.addAll(selection.notes());
    AtomicOutput.deleteTree(content);
    return SlimPlan.minify(merged, selection.paths(), rules);
  }

  private static SlimResult write(Image image, List<SpooledLayer> spooled, SlimOptions options, Optional<ImageReference> output,
      MergedFileSystem merged, MergedFileSystem baseView, SlimPlan plan, int base, long beforeSize,
      long upperSize, Path work, List<String> notes) throws IOException, FootprintException {
    List<Layer> layers = image.layers();
    List<Change> changes = new ArrayList<>();
    Map<String, long[]> removed = new LinkedHashMap<>();
    long survivingUpper = 0;
    for (Node n : merged.nodes()) {
      if (n.layer() < base) {
        continue;
      }
      survivingUpper += n.entry().size();
      Optional<String> rule = plan.removedBy(n.path());
      if (rule.isPresent()) {
        long[] t = removed.computeIfAbsent(rule.get(), k -> new long[2]);
        t[0] += n.entry().size();
        t[1]++;
        changes.add(new Change("/" + n.path(), rule.get(), n.entry().size(), true));
      }
    }
    List<String> whiteouts = new ArrayList<>(BaseLayers.deletedFromBase(baseView, merged));
    for (Change c : changes) {
      // An upper copy removed by a rule would let the base copy show through again.
      if (c.removed() && baseView.get(c.path().substring(1)).isPresent()) {
        whiteouts.add(c.path().substring(1));
      }
    }
    whiteouts.sort(null);

    List<WrittenLayer> written = new ArrayList<>(BaseLayers.copy(image, base, work));
    SquashedLayerWriter squash = new SquashedLayerWriter(spooled, merged, plan, changes);
    try (LayerBuilder builder = new LayerBuilder(work, options.compression(), options.level(), options.epochSecond())) {
      written.add(squash.write(builder, base, whiteouts,
          ContentSpool.fetch(image, work, squash.unspooledLinkSources(base))));
    }
    List<Transformation> transformations = new ArrayList<>();
    transformations.add(new Transformation("drop-wasted", upperSize - survivingUpper,
        0, List.of()));
    if (options.strip()) {
      transformations.add(new Transformation("strip", squash.strippedBytes(), 0,
          changes.stream().filter(c -> c.transformation().equals("strip")).map(Change::path).limit(5).toList()));
    }
    for (String name : List.of("package-cache", "docs", "vcs", "minify")) {
      long[] t = removed.getOrDefault(name, new long[2]);
      boolean on = switch (name) {
        case "package-cache" -> options.dropCaches();
        case "docs" -> options.dropDocs();
        case "vcs" -> options.dropVcs();
        default -> options.minify();
      };
      if (on) {
        transformations.add(new Transformation(name, t[0], t[1],
            changes.stream().filter(c -> c.transformation().equals(name)).map(Change::path).limit(5).toList()));
      }
    }
    long baseBytes = beforeSize - upperSize;
    long afterSize = baseBytes + squash.contentBytes();
    long afterCompressed = written.stream().mapToLong(WrittenLayer::size).sum();
    Optional<String> digest = Optional.empty();
    if (output.isPresent()) {
      ImageConfig config = configFor(image, written, base, transformations);
      WrittenImage w = ImageWriter.write(output.get(), config, written, options.epochSecond());
      digest = Optional.of(w.manifestDigest().toString());
    }
    DiveEfficiency dive = new DiveEfficiency();
    for (int i = 0; i < base; i++) {
      dive.addLayer(spooled.get(i).entries());
    }
    dive.addLayer(squash.written(), true);
    return new SlimResult(beforeSize, image.compressedSize(), layers.size(), afterSize,
        afterCompressed, written.size(), transformations, digest, changes, notes, dive.result());
  }

  private static ImageConfig configFor(
      Image image, List<WrittenLayer> layers, int base, List<Transformation> transformations) {
    ImageConfig c = image.config();
    List<HistoryEntry> history = new ArrayList<>();
    int seen = 0;
    for (HistoryEntry h : c.history()) {
      if (seen >= base) {
        break;
      }
      history.add(h);
      if (!h.emptyLayer()) {
        seen++;
      }
    }
    if (seen < base) { // history shorter than the layers: pad so the entries still pair
      for (; seen < base; seen++) {
        history.add(new HistoryEntry(Optional.empty(), "", Optional.empty(), false));
      }
    }
    StringBuilder what = new StringBuilder("footprint slim: squashed ")
        .append(image.layers().size() - base).append(" layer(s)");
    for (Transformation t : transformations) {
      if (t.bytesSaved() > 0) {
        what.append("; ").append(t.name()).append(" -").append(t.bytesSaved()).append(" B");
      }
    }
    history.add(new HistoryEntry(c.created(), what.toString(), Optional.of("footprint slim"), false));
    return new ImageConfig(c.platform(), c.created(), c.author(), c.entrypoint(), c.cmd(), c.env(),
        c.user(), c.workingDir(), c.exposedPorts(), c.labels(), c.stopSignal(), history,
        layers.stream().map(WrittenLayer::diffId).toList());
  }

}
