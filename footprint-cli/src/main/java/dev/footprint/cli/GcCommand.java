package dev.footprint.cli;

import dev.footprint.common.DurationText;
import dev.footprint.common.InvalidInputException;
import dev.footprint.gc.GcAnalysis;
import dev.footprint.gc.GcLogs;
import dev.footprint.gc.GcOptions;
import dev.footprint.report.gc.GcHtml;
import dev.footprint.report.gc.GcJson;
import dev.footprint.report.gc.GcText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code footprint gc LOG...}: pauses, throughput, heap and tuning advice from GC logs. */
@Command(
    name = "gc",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse GC logs and advise on tuning, with the evidence for each piece of advice.",
      "Reads Go gctrace (GODEBUG=gctrace=1, Go 1.5 to current) and JVM unified logging"
          + " (-Xlog:gc or -Xlog:gc*, JDK 9 to 25: G1, Parallel, Serial, ZGC, Shenandoah);"
          + " the format of each LOG is detected from its content."
    })
final class GcCommand implements Callable<Integer> {
  enum Format { text, json, html }

  @Spec CommandSpec spec;

  @Mixin OutputOptions output;

  @Parameters(paramLabel = "LOG", arity = "1..*", description = "GC log files.")
  List<Path> logs;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or html (self-contained, with heap and pause charts). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--memory-limit", paramLabel = "SIZE", converter = ByteSize.class,
      description = "Memory limit of the container the program runs in, as docker's --memory takes it"
          + " (512m, 2g: m and g are MiB and GiB; 1Gi; bytes). Advice then stays within it and says"
          + " when the program cannot fit it.")
  long memoryLimit;

  @Option(names = "--pause-goal", paramLabel = "DURATION",
      description = "Pause-time goal to judge pauses against (e.g. 100ms). Default: G1's 200ms.")
  String pauseGoal;

  @Override
  public Integer call() throws Exception {
    double goalMs = pauseGoal == null ? 0 : DurationText.parse(pauseGoal).toNanos() / 1e6;
    GcOptions options = new GcOptions(memoryLimit, goalMs);
    List<GcAnalysis> analyses = new ArrayList<>();
    for (Path log : logs) {
      analyses.add(GcLogs.analyze(log, options));
    }
    String report =
        switch (format) {
          case json -> GcJson.render(analyses);
          case html -> GcHtml.render(analyses);
          case text -> GcText.render(analyses, output.style());
        };
    output.emit(spec.commandLine().getOut(), report);
    return 0;
  }

  /**
   * Container limits in docker's dialect: plain bytes, k/m/g (powers of 1024, as docker's --memory
   * reads them), Ki/Mi/Gi. The gc command's only size grammar, kept here to be folded into the
   * project's one.
   */
  static final class ByteSize implements picocli.CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) throws InvalidInputException {
      String v = value.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("i?b?$", "");
      long unit = 1;
      if (!v.isEmpty() && "kmgt".indexOf(v.charAt(v.length() - 1)) >= 0) {
        unit = 1L << (10 * ("kmgt".indexOf(v.charAt(v.length() - 1)) + 1));
        v = v.substring(0, v.length() - 1);
      }
      try {
        double n = Double.parseDouble(v);
        if (n <= 0) {
          throw new NumberFormatException();
        }
        return (long) (n * unit);
      } catch (NumberFormatException e) {
        throw new InvalidInputException("not a memory size: '" + value + "' (use e.g. 512m, 2g, 1Gi)");
      }
    }
  }
}
