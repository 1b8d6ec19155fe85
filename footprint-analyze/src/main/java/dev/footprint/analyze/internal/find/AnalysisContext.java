package dev.footprint.analyze.internal.find;

import dev.footprint.analyze.BaseFacts;
import dev.footprint.analyze.MinimalImage;
import dev.footprint.analyze.internal.collect.LayerFacts;
import dev.footprint.analyze.internal.collect.MergedView;
import dev.footprint.analyze.internal.collect.SpooledBinary;
import dev.footprint.analyze.internal.rules.ImagePaths;
import dev.footprint.analyze.internal.rules.PathRules;
import java.util.HashMap;
import java.util.Map;
import dev.footprint.image.ImageConfig;
import java.util.List;
import java.util.Optional;

/**
 * Everything finders read: the config, the per-layer facts, the merged view, the binaries that
 * survive in it, the base facts and the minimal-image estimate. Immutable once built.
 *
 * @param createdBy the history command of each layer (aligned with layers; "" when unknown)
 * @param binaries executables present in the merged view (their surviving copies)
 */
public record AnalysisContext(
    ImageConfig config,
    ImagePaths paths,
    List<LayerFacts> layers,
    List<String> createdBy,
    MergedView view,
    List<SpooledBinary> binaries,
    BaseFacts base,
    Optional<MinimalImage> minimal,
    Optional<SpooledBinary> entrypoint,
    long imageBytes,
    Map<String, PathRules.Match> classified) {

  /**
   * The path rule of a file of the merged view (classified once for all finders; licence files
   * included), or empty.
   */
  public Optional<PathRules.Match> classification(String path) {
    return Optional.ofNullable(classified.get(path));
  }

  /** Classifies every file of the merged view once. */
  public static Map<String, PathRules.Match> classify(MergedView view, ImagePaths paths) {
    Map<String, PathRules.Match> out = new HashMap<>();
    for (MergedView.Node n : view.nodes()) {
      if (n.record().isFile()) {
        String[] segments = paths.segments(n.record().path());
        if (segments != null) {
          PathRules.classifyAll(segments).ifPresent(m -> out.put(n.record().path(), m));
        }
      }
    }
    return out;
  }
}
