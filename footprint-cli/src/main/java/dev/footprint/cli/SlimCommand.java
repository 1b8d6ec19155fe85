package dev.footprint.cli;

import dev.footprint.common.InvalidInputException;
import dev.footprint.image.Image;
import dev.footprint.image.ImageOptions;
import dev.footprint.image.ImageReference;
import dev.footprint.image.Images;
import dev.footprint.image.Platform;
import dev.footprint.image.write.LayerCompression;
import dev.footprint.report.slim.SlimReport;
import dev.footprint.slim.OutputReference;
import dev.footprint.slim.SlimOptions;
import dev.footprint.slim.SlimResult;
import dev.footprint.slim.Slimmer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code footprint slim IMAGE -o OUT}: rewrite an image smaller, optionally verify it runs. */
@Command(
    name = "slim",
    mixinStandardHelpOptions = true,
    description = {
      "Rewrite an image smaller: squash away deleted and overwritten files, strip ELF binaries,",
      "drop package caches, docs and VCS directories. The input is never modified."
    })
final class SlimCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IMAGE", description = "The image to slim.")
  String image;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Where to write: docker-archive:FILE[:name:tag], oci:DIR[:tag], oci-archive:FILE[:tag].")
  String output;

  @Option(names = "--dry-run", description = "Print every change and the resulting size; write nothing.")
  boolean dryRun;

  @Option(names = "--no-strip", description = "Keep ELF symbol tables and debug sections.")
  boolean noStrip;

  @Option(names = "--keep-caches", description = "Keep package-manager and build caches.")
  boolean keepCaches;

  @Option(names = "--keep-docs", description = "Keep docs, man pages and locales.")
  boolean keepDocs;

  @Option(names = "--keep-vcs", description = "Keep .git, .svn and .hg directories.")
  boolean keepVcs;

  @Option(names = "--keep-base", paramLabel = "N", arity = "0..1", fallbackValue = "1",
      description = "Keep the first N layers byte-identical (default 1: the base image's root layer) and squash the rest.")
  Integer keepBase;

  @Option(names = "--minify",
      description = "Build a new image from the entrypoint: the binary, its libraries and loader, CA certificates, zoneinfo, passwd/group, plus --keep paths.")
  boolean minify;

  @Option(names = "--keep", paramLabel = "GLOB", split = ",",
      description = "Paths always kept, e.g. /etc/ssl/** (repeatable).")
  List<String> keep = new ArrayList<>();

  @Option(names = "--compression", paramLabel = "gzip|zstd", description = "Layer compression (default: ${DEFAULT-VALUE}).")
  LayerCompression compression = LayerCompression.GZIP;

  @Option(names = "--compression-level", paramLabel = "N",
      description = "1 (fastest) to 9 for gzip or 19 for zstd (smallest); default: gzip 6, zstd 3.")
  Integer compressionLevel;

  @Option(names = "--platform", paramLabel = "OS/ARCH[/VARIANT]", description = "Choose from a multi-platform image.")
  String platform;

  @Option(names = "--no-verify", description = "Do not check digests while reading the input.")
  boolean noVerify;

  @Option(names = "--verify",
      description = "Run the slimmed image (runc) with the command after '--' (or its own) before writing OUT; it must exit 0.")
  boolean verify;

  @Option(names = "--verify-http", paramLabel = "URL",
      description = "Start the slimmed image and require URL (e.g. http://127.0.0.1:8080/healthz) to answer before writing OUT.")
  java.net.URI verifyHttp;

  @Parameters(index = "1..*", paramLabel = "CMD", description = "With --verify: the command to run in the slimmed image.")
  List<String> verifyCommand = new ArrayList<>();

  @Option(names = "--format", paramLabel = "text|json", description = "Report format (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--report", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path report;

  @Option(names = "--no-color", description = "Plain text even on a terminal.")
  boolean noColor;

  @Option(names = "--verbose", description = "Show stack traces on errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    if (!verifyCommand.isEmpty() && !verify) {
      throw new InvalidInputException("unexpected arguments " + verifyCommand + ": a command after IMAGE goes with --verify");
    }
    if (output == null && !dryRun) {
      throw new InvalidInputException("slim needs -o OUT (or --dry-run)");
    }
    ImageReference in = ImageReference.parse(image);
    Optional<ImageReference> out = output == null || dryRun ? Optional.empty() : Optional.of(OutputReference.parse(output));
    if (out.isPresent() && sameFile(in.path(), out.get().path())) {
      throw new InvalidInputException("output " + output + " is the input; write the slimmed image elsewhere");
    }
    ImageOptions options = ImageOptions.defaults().withVerify(!noVerify);
    if (platform != null) {
      options = options.withPlatform(Platform.parse(platform));
    }
    SlimResult result;
    try (Image img = Images.open(in, options)) {
      SlimOptions slim = SlimOptions.defaults()
          .withStrip(!noStrip).withDropCaches(!keepCaches).withDropDocs(!keepDocs).withDropVcs(!keepVcs)
          .withKeepBase(keepBase == null ? OptionalInt.empty() : OptionalInt.of(keepBase))
          .withMinify(minify).withKeep(keep).withCompression(compression)
          .withCompressionLevel(compressionLevel == null ? OptionalInt.empty() : OptionalInt.of(compressionLevel))
          .withEpochSecond(epoch(img));
      Optional<ImageReference> target = out;
      if (out.isPresent() && (verify || verifyHttp != null)) {
        target = Optional.of(temporarySibling(out.get()));
      }
      try {
        result = Slimmer.slim(img, slim, target);
        if (target.isPresent() && target != out) {
          new SlimVerifier(verifyCommand, Optional.ofNullable(verifyHttp)).verify(target.get().toString(), result);
          dev.footprint.common.AtomicOutput.publish(target.get().path(), out.get().path());
        }
      } finally {
        if (target.isPresent() && target != out) {
          dev.footprint.common.AtomicOutput.deleteTree(target.get().path());
        }
      }
    }
    SlimReport r = new SlimReport(in.toString(), out.map(ImageReference::toString), result);
    OutputOptions o = new OutputOptions();
    o.output = report;
    o.noColor = noColor;
    String text = format == Format.json ? r.json(dryRun) : r.text(o.style(), dryRun);
    o.emit(spec.commandLine().getOut(), text);
    return ExitCode.OK;
  }

  /** SOURCE_DATE_EPOCH wins, as reproducible-builds.org asks; else the image's own created time. */
  static long epoch(Image img) throws InvalidInputException {
    String env = System.getenv("SOURCE_DATE_EPOCH");
    if (env != null && !env.isBlank()) {
      try {
        return Long.parseLong(env.trim());
      } catch (NumberFormatException e) {
        throw new InvalidInputException("SOURCE_DATE_EPOCH is not a number of seconds: '" + env + "'");
      }
    }
    return img.config().created().map(c -> {
      try {
        return OffsetDateTime.parse(c).toEpochSecond();
      } catch (java.time.format.DateTimeParseException e) {
        return 0L;
      }
    }).orElse(0L);
  }

  /** Where a verified image waits: beside OUT, so publishing it is a rename. */
  private static ImageReference temporarySibling(ImageReference out) throws IOException {
    Path parent = out.path().toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = parent.resolve("." + out.path().getFileName() + ".verify-" + ProcessHandle.current().pid());
    return new ImageReference(out.transport(), tmp, out.selector());
  }

  private static boolean sameFile(Path a, Path b) throws IOException {
    return Files.exists(b) && Files.exists(a) && Files.isSameFile(a, b);
  }
}
