package dev.footprint.cli;

import dev.footprint.common.InvalidInputException;
import dev.footprint.dockerfile.DockerfileTree;
import dev.footprint.dockerfile.lint.LintConfig;
import dev.footprint.dockerfile.lint.LintResult;
import dev.footprint.dockerfile.lint.Severity;
import dev.footprint.report.lint.LintCheckstyleRenderer;
import dev.footprint.report.lint.LintJsonRenderer;
import dev.footprint.report.lint.LintReport;
import dev.footprint.report.lint.LintSarifRenderer;
import dev.footprint.report.lint.LintTextRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code footprint lint [DOCKERFILE|DIR]...}: rules, fixes, or the bare parse. */
@Command(name = "lint", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Check Dockerfiles for size, cache, startup and Windows pitfalls.",
        "A DIR is searched for Dockerfile, Containerfile, *.Dockerfile and Dockerfile.*. Rules: docs/rules.md."},
    footer = {"", "Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 unreadable or invalid input."})
final class LintCommand implements Callable<Integer> {
  enum Format { TEXT, JSON, SARIF, CHECKSTYLE, BUILDKIT }

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin OutputOptions output;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Dockerfiles or directories (default: .).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, sarif, checkstyle; buildkit with --parse-only (default: text).")
  Format format;

  @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Exit 1 when a finding is at least error, warning or info, or 'none' (default: warning).")
  String failOn;

  @Option(names = "--ignore", paramLabel = "ID", split = ",", description = "Rule ids to skip, added to .footprint.yaml's lint.ignore.")
  List<String> ignore = new ArrayList<>();

  @Option(names = "--context", paramLabel = "DIR", description = "Build context for .dockerignore and script checks (default: each Dockerfile's directory).")
  Path context;

  @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: .footprint.yaml in the working directory or a parent).")
  Path config;

  @Option(names = "--fix", description = "Rewrite the mechanical cases and print a unified diff.")
  boolean fix;

  @Option(names = "--in-place", description = "With --fix: write the fixed files (atomically) instead of printing a diff.")
  boolean inPlace;

  @Option(names = "--parse-only", description = "Only parse; print the syntax tree (--format buildkit prints BuildKit's test dump).")
  boolean parseOnly;

  @Override
  public Integer call() throws Exception {
    LintConfigFile file = LintConfigFile.load(config != null ? config : LintConfigFile.locate(Path.of("")));
    Severity threshold = threshold(file);
    List<Path> files = targets();
    LintRunner runner = new LintRunner(effective(file.config()), context, spec.commandLine().getErr());
    if (parseOnly) {
      if (format != null && format != Format.BUILDKIT && format != Format.JSON) {
        throw new InvalidInputException("--parse-only prints --format buildkit or json, not " + format.name().toLowerCase(java.util.Locale.ROOT));
      }
      output.emit(spec.commandLine().getOut(), runner.parse(files, format == Format.JSON));
      return runner.failed() ? ExitCode.BAD_INPUT : ExitCode.OK;
    }
    if (inPlace && !fix) {
      throw new InvalidInputException("--in-place needs --fix");
    }
    if (fix) {
      output.emit(spec.commandLine().getOut(), runner.fix(files, inPlace));
      return runner.failed() ? ExitCode.BAD_INPUT : ExitCode.OK;
    }
    List<LintResult> results = runner.lint(files);
    LintReport report = new LintReport(results);
    output.emit(spec.commandLine().getOut(), render(report));
    if (runner.failed()) {
      return ExitCode.BAD_INPUT;
    }
    boolean gate = threshold != null && results.stream().anyMatch(r -> r.failsAt(threshold));
    return gate ? ExitCode.GATE_FAILED : ExitCode.OK;
  }

  private String render(LintReport report) {
    Format f = format == null ? Format.TEXT : format;
    return switch (f) {
      case TEXT -> LintTextRenderer.render(report, output.style());
      case JSON -> LintJsonRenderer.render(report);
      case SARIF -> LintSarifRenderer.render(report, version());
      case CHECKSTYLE -> LintCheckstyleRenderer.render(report);
      case BUILDKIT -> throw new IllegalArgumentException("buildkit format needs --parse-only");
    };
  }

  private Severity threshold(LintConfigFile file) throws InvalidInputException {
    if (failOn == null) {
      return file.failOn() != null ? file.failOn() : Severity.WARNING;
    }
    if (failOn.equalsIgnoreCase("none")) {
      return null;
    }
    Severity s = Severity.parse(failOn);
    if (s == null) {
      throw new InvalidInputException("--fail-on must be error, warning, info or none, not '" + failOn + "'");
    }
    return s;
  }

  private LintConfig effective(LintConfig base) throws InvalidInputException {
    if (format == Format.BUILDKIT && !parseOnly) {
      throw new InvalidInputException("--format buildkit needs --parse-only");
    }
    Set<String> ids = new HashSet<>(base.ignore());
    for (String id : ignore) {
      String up = id.strip().toUpperCase(java.util.Locale.ROOT);
      if (dev.footprint.dockerfile.lint.Linter.rules().stream().noneMatch(r -> r.id().equals(up))) {
        throw new InvalidInputException("--ignore: unknown rule id '" + id + "'");
      }
      ids.add(up);
    }
    return new LintConfig(ids, base.severities(), base.trustedRegistries());
  }

  private List<Path> targets() throws InvalidInputException {
    List<Path> in = paths.isEmpty() ? List.of(Path.of(".")) : paths;
    List<Path> out = new ArrayList<>();
    for (Path p : in) {
      if (Files.isDirectory(p)) {
        out.addAll(DockerfileTree.find(p));
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw new InvalidInputException("no such file or directory: " + p);
      }
    }
    if (out.isEmpty()) {
      throw new InvalidInputException("no Dockerfile found under " + in);
    }
    return out;
  }

  private static String version() {
    try {
      return new VersionProvider().getVersion()[0].replaceFirst("^footprint ", "");
    } catch (java.io.IOException e) {
      return null;
    }
  }
}
