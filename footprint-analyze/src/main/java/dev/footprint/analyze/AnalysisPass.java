package dev.footprint.analyze;

import dev.footprint.analyze.internal.collect.CollectPlan;
import dev.footprint.analyze.internal.collect.LayerCollector;
import dev.footprint.analyze.internal.collect.LayerFacts;
import dev.footprint.analyze.internal.collect.MergedView;
import dev.footprint.analyze.internal.collect.SpoolArea;
import dev.footprint.analyze.internal.collect.SpooledBinary;
import dev.footprint.analyze.internal.find.AnalysisContext;
import dev.footprint.analyze.internal.find.BaseFactsReader;
import dev.footprint.analyze.internal.find.Draft;
import dev.footprint.analyze.internal.find.Finders;
import dev.footprint.analyze.internal.minimal.Entrypoint;
import dev.footprint.analyze.internal.minimal.MergedRoot;
import dev.footprint.analyze.internal.minimal.MinimalImageEstimator;
import dev.footprint.analyze.internal.rules.ImagePaths;
import dev.footprint.image.HistoryEntry;
import dev.footprint.image.ImageConfig;
import dev.footprint.image.LayerDescriptor;
import dev.footprint.image.LayerVisitor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analysis riding on an image's single pass: hand {@link #visitor} of each layer to the layer
 * reader (layers may stream in parallel, each on one thread), then call {@link #finish} once all
 * layers are done. Holds temporary copies of a few executables until {@link #close}.
 */
public final class AnalysisPass implements AutoCloseable {
  /** At most this many bytes of executables are copied to temporary files. */
  static final long SPOOL_BUDGET = 2L << 30;

  private final ImageConfig config;
  private final List<LayerDescriptor> descriptors;
  private final ImagePaths paths;
  private final Entrypoint entrypoint;
  private final CollectPlan plan;
  private final SpoolArea spool;
  private final LayerCollector[] collectors;

  AnalysisPass(ImageConfig config, List<LayerDescriptor> descriptors) throws IOException {
    this.config = config;
    this.descriptors = List.copyOf(descriptors);
    this.paths = new ImagePaths(config.platform().os().equalsIgnoreCase("windows"));
    this.entrypoint = Entrypoint.of(config, paths.windows());
    this.plan = new CollectPlan(paths, entrypoint.keys(paths.windows()), entrypoint.names(paths.windows()));
    this.spool = new SpoolArea(SPOOL_BUDGET);
    this.collectors = new LayerCollector[descriptors.size()];
  }

  /** The visitor for layer {@code index}; call once per layer, from any thread. */
  public synchronized LayerVisitor visitor(int index) {
    collectors[index] = new LayerCollector(index, plan, spool);
    return collectors[index];
  }

  /** Builds the findings once every layer has been visited. */
  public Analysis finish(long imageBytes) throws IOException {
    List<LayerFacts> layers = new ArrayList<>();
    for (int i = 0; i < collectors.length; i++) {
      if (collectors[i] != null) {
        layers.add(collectors[i].facts());
      } else if (isForeign(descriptors.get(i))) {
        layers.add(new LayerFacts(i, List.of(), Map.of(), Map.of(), List.of(), false)); // listed, not fetched
      } else {
        throw new IllegalStateException("layer " + i + " was not visited");
      }
    }
    MergedView view = MergedView.of(layers);
    BaseFacts base = BaseFactsReader.read(layers, view);
    MergedRoot root = new MergedRoot(view, layers);
    Optional<MinimalImageEstimator.Result> minimal =
        new MinimalImageEstimator(root, config, paths.windows()).estimate(entrypoint, layers);
    List<SpooledBinary> binaries = new ArrayList<>();
    for (LayerFacts l : layers) {
      for (SpooledBinary b : l.binaries()) {
        view.get(b.path()).filter(n -> n.layer() == l.index()).ifPresent(n -> binaries.add(b));
      }
    }
    List<String> createdBy = descriptors.stream()
        .map(d -> d.history().map(HistoryEntry::createdBy).orElse("")).toList();
    AnalysisContext context = new AnalysisContext(config, paths, layers, createdBy, view, binaries, base,
        minimal.map(MinimalImageEstimator.Result::image), minimal.flatMap(MinimalImageEstimator.Result::entrypoint),
        imageBytes, AnalysisContext.classify(view, paths));
    List<Draft> drafts = Finders.all().stream().flatMap(f -> f.find(context).stream()).sorted(Finders.RANKING).toList();
    Map<Category, Integer> seq = new EnumMap<>(Category.class);
    List<Finding> findings = new ArrayList<>();
    for (Draft d : drafts) {
      int n = seq.merge(d.category(), 1, Integer::sum);
      findings.add(d.withId(d.category().id() + "-" + n));
    }
    List<String> foreign = descriptors.stream()
        .filter(AnalysisPass::isForeign)
        .map(d -> "layer " + d.index() + " " + d.digest() + " (" + d.mediaType() + ")").toList();
    return new Analysis(findings, minimal.map(MinimalImageEstimator.Result::image), base, foreign);
  }

  /** Foreign (Docker) or non-distributable (OCI) layers: their blobs may live only at their URLs. */
  static boolean isForeign(LayerDescriptor d) {
    return d.mediaType().contains("foreign") || d.mediaType().contains("nondistributable");
  }

  @Override
  public void close() {
    spool.close();
  }
}
