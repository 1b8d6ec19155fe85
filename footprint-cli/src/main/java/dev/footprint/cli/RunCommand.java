package dev.footprint.cli;

import dev.footprint.report.Json;
import dev.footprint.report.run.RunHtml;
import dev.footprint.report.run.RunJson;
import dev.footprint.report.run.RunMarkdown;
import dev.footprint.report.run.RunText;
import dev.footprint.runtime.RunListener;
import dev.footprint.runtime.RunResult;
import dev.footprint.runtime.Runs;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code footprint run IMAGE [-- ARGS]}: start, wait until ready, measure, stop, clean up. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Start an image (or a host program with --runtime process), wait until ready, and measure",
        "startup, CPU, memory, tasks, files and, with --load, throughput and latency."})
final class RunCommand implements Callable<Integer> {
  @Mixin OutputOptions output;
  @Mixin RunOptions options;
  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json, markdown or html (default ${DEFAULT-VALUE}).")
  String format;

  @Parameters(index = "0", paramLabel = "IMAGE", description = "Image reference, or the program for --runtime process.")
  String target;

  @Parameters(index = "1..*", paramLabel = "ARGS", description = "After --: replaces the image CMD / program arguments.")
  List<String> args = List.of();

  @Override
  public Integer call() throws Exception {
    RunResult r = Runs.forHost().run(options.toSpec(target, args), progress(spec, output));
    String report = switch (ReportFormat.parse(format)) {
      case TEXT -> RunText.render(r, output.style());
      case JSON -> Json.render(RunJson.document(r));
      case MARKDOWN -> RunMarkdown.render(r);
      case HTML -> RunHtml.render(r);
    };
    output.emit(spec.commandLine().getOut(), report);
    return 0;
  }

  /** Progress lines on stderr for people at a terminal (or with --verbose), never into reports. */
  static RunListener progress(CommandSpec spec, OutputOptions output) {
    if (System.console() == null && !output.verbose) {
      return RunListener.NONE;
    }
    return m -> {
      spec.commandLine().getErr().println("footprint: " + m);
      spec.commandLine().getErr().flush();
    };
  }
}
