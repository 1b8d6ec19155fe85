package dev.footprint.cli;

import dev.footprint.binary.Binaries;
import dev.footprint.binary.BinaryInfo;
import dev.footprint.common.InvalidInputException;
import dev.footprint.report.binary.BinaryJson;
import dev.footprint.report.binary.BinaryText;
import java.nio.file.Files;
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

/** {@code footprint binary FILE...}: what each binary is and what it costs. */
@Command(
    name = "binary",
    mixinStandardHelpOptions = true,
    description = {
      "What a binary is: ELF/PE, architecture, linkage, libc, debug and symbol bytes, Go build info,",
      "and the build flags that would have made it smaller. Reads only headers, never the whole file."
    })
final class BinaryCommand implements Callable<Integer> {
  enum Format { text, json }

  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "ELF or PE files (executables, .so, .exe, .dll).")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    List<BinaryInfo> infos = new ArrayList<>();
    for (Path file : files) {
      if (Files.isDirectory(file)) {
        throw new InvalidInputException(file + ": is a directory, not a binary");
      }
      infos.add(Binaries.read(file));
    }
    String report = format == Format.json
        ? BinaryJson.render(infos)
        : BinaryText.render(infos, output.style());
    output.emit(spec.commandLine().getOut(), report);
    return 0;
  }
}
