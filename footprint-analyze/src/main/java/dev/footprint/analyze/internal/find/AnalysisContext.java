package dev.footprint.analyze.internal.find;

import dev.footprint.analyze.BaseFacts;
import dev.footprint.analyze.MinimalImage;
import dev.footprint.analyze.internal.collect.LayerFacts;
import dev.footprint.analyze.internal.collect.MergedView;
import dev.footprint.analyze.internal.collect.SpooledBinary;
import dev.footprint.analyze.internal.rules.ImagePaths;
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
    long imageBytes) {}
