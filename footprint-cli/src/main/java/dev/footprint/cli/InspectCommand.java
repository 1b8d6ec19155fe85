package dev.footprint.cli;

import dev.footprint.analyze.Analysis;
import dev.footprint.analyze.AnalysisPass;
import dev.footprint.analyze.ImageAnalyzer;
import dev.footprint.analyze.Severity;
import dev.footprint.common.InvalidInputException;
import dev.footprint.image.Image;
import dev.footprint.image.ImageOptions;
import dev.footprint.image.ImageReference;
import dev.footprint.image.Images;
import dev.footprint.image.ParallelLayers;
import dev.footprint.image.Platform;
import dev.footprint.image.metrics.ImageMeasurer;
import dev.footprint.image.metrics.ImageMetrics;
import dev.footprint.report.inspect.CiGate;
import dev.footprint.report.inspect.CiOutcome;
import dev.footprint.report.inspect.InspectReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code footprint inspect IMAGE}: where the bytes go, dive-compatible efficiency, CI gate. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {"Where the bytes of an image go: layers, largest files, waste (dive-compatible) and reclaimable bytes.",
        "IMAGE: docker-archive:FILE[:name:tag], oci:DIR[:tag], oci-archive:FILE[:tag], or a path."},
    footer = {"", "Exit: 0 ok, 1 a --ci rule or --fail-on failed, 2 bad usage or unreadable/invalid image."})
final class InspectCommand implements Callable<Integer> {
  enum Format { text, json, sarif }

  @Mixin OutputOptions output;
  @Mixin InspectCiOptions ciOptions;
  @Mixin FindingsOptions findingsOptions;
  private Optional<Analysis> analysis = Optional.empty();
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "IMAGE", description = "The image to read.")
  String image;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or sarif (findings only, SARIF 2.1.0).")
  Format format;

  @Option(names = "--platform", paramLabel = "OS/ARCH[/VARIANT]",
      description = "Image to pick from a multi-platform index (default: the host's, else the only one).")
  String platform;

  @Option(names = "--no-verify", description = "Skip blob digest and diff_id checks (faster on trusted input).")
  boolean noVerify;

  @Option(names = "--threads", paramLabel = "N", description = "Layers read in parallel (default: one per core).")
  Integer threads;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Largest files and directories to list (default ${DEFAULT-VALUE}).")
  int top;

  @Override
  public Integer call() throws Exception {
    if (top < 0) {
      throw new InvalidInputException("--top must be 0 or more");
    }
    Optional<InspectCiOptions.Resolved> gate = ciOptions.resolve(Path.of(""));
    Optional<Severity> failOn = findingsOptions.threshold();
    if (format == Format.sarif && findingsOptions.noFindings) {
      throw new InvalidInputException("--format sarif reports findings: drop --no-findings");
    }
    ImageReference ref = ImageReference.parse(image);
    ImageOptions options = ImageOptions.defaults().withVerify(!noVerify);
    if (platform != null) {
      options = options.withPlatform(Platform.parse(platform));
    }
    InspectReport report;
    ProgressPrinter progress = ProgressPrinter.stderrIsTerminal() ? new ProgressPrinter(spec.commandLine().getErr()) : null;
    if (progress != null) {
      options = options.withProgress(progress);
    }
    try (Image opened = Images.open(ref, options)) {
      if (progress != null) {
        progress.start(opened.compressedSize());
      }
      report = inspect(ref, opened, gate);
    } finally {
      if (progress != null) {
        progress.close();
      }
    }
    String text = InspectFindingsOutput.render(format.name(), report, analysis, output.style(),
        spec.root().version().length > 0 ? spec.root().version()[0] : null);
    output.emit(spec.commandLine().getOut(), text);
    boolean findingsFailed = analysis.isPresent()
        && FindingsOptions.failed(analysis.get(), failOn, spec.commandLine().getErr());
    if (report.ci().isPresent() && !report.ci().get().passed()) {
      for (CiOutcome.Rule r : report.ci().get().rules()) {
        if (r.status() == CiOutcome.Status.FAIL) {
          spec.commandLine().getErr().println("footprint: CI rule failed: " + r.name() + ": " + r.message());
        }
      }
      spec.commandLine().getErr().flush();
      return 1;
    }
    return findingsFailed ? 1 : 0;
  }

  private InspectReport inspect(ImageReference ref, Image opened, Optional<InspectCiOptions.Resolved> gate)
      throws Exception {
    int n = threads != null && threads > 0 ? threads : ParallelLayers.defaultThreads(opened.layers().size());
    ImageMetrics metrics;
    if (findingsOptions.noFindings) {
      metrics = new ImageMeasurer(n, top).measure(opened);
    } else {
      try (AnalysisPass pass = ImageAnalyzer.start(opened)) {
        metrics = new ImageMeasurer(n, top).measure(opened, pass::visitor);
        analysis = Optional.of(pass.finish(metrics.sizeBytes()));
      }
    }
    List<String> warnings = new ArrayList<>(opened.warnings());
    if (metrics.escapingEntries() > 0) {
      warnings.add(metrics.escapingEntries() + " layer entries have names that climb out of the root (absolute or '..'); kept inside it");
    }
    Optional<CiOutcome> ci = gate.map(g -> CiGate.evaluate(g.rules(), metrics));
    return new InspectReport(ref.toString(), opened.configDigest(), opened.manifestDigest(), opened.config(),
        metrics, opened.verifying(), warnings, ci);
  }
}
