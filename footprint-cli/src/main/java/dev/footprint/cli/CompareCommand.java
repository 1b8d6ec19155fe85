package dev.footprint.cli;

import dev.footprint.common.InvalidInputException;
import dev.footprint.report.Json;
import dev.footprint.report.compare.CompareHtml;
import dev.footprint.report.compare.CompareJson;
import dev.footprint.report.compare.CompareMarkdown;
import dev.footprint.report.compare.CompareText;
import dev.footprint.runtime.Comparison;
import dev.footprint.runtime.Comparisons;
import dev.footprint.runtime.Runs;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code footprint compare A B}: the same run N times each, interleaved, with medians and spread. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run two images (or two programs with --runtime process) the same way, several times,",
        "and report per metric the medians, the run-to-run range and the change in percent."})
final class CompareCommand implements Callable<Integer> {
  @Mixin OutputOptions output;
  @Mixin RunOptions options;
  @Spec CommandSpec spec;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
      description = "Runs per side (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json, markdown or html (default ${DEFAULT-VALUE}).")
  String format;

  @Parameters(index = "0", paramLabel = "A", description = "The baseline image or program.")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "The candidate image or program.")
  String b;

  @Parameters(index = "2..*", paramLabel = "ARGS", description = "After --: arguments for both.")
  List<String> args = List.of();

  @Override
  public Integer call() throws Exception {
    if (runs < 1 || runs > 100) {
      throw new InvalidInputException("--runs must be between 1 and 100");
    }
    Comparison c = new Comparisons(Runs.forHost())
        .compare(options.toSpec(a, args), b, runs, RunCommand.progress(spec, output));
    String report = switch (ReportFormat.parse(format)) {
      case TEXT -> CompareText.render(c, output.style());
      case JSON -> Json.render(CompareJson.of(c));
      case MARKDOWN -> CompareMarkdown.render(c);
      case HTML -> CompareHtml.render(c);
    };
    output.emit(spec.commandLine().getOut(), report);
    return 0;
  }
}
