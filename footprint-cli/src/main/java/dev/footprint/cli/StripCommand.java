package dev.footprint.cli;

import dev.footprint.binary.Binaries;
import dev.footprint.binary.StripResult;
import dev.footprint.common.InvalidInputException;
import dev.footprint.report.HumanSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code footprint strip IN [-o OUT | --in-place]}: pure-Java ELF strip. Without -o or
 * --in-place the result goes next to IN as IN.stripped, because the input is never modified
 * unless asked.
 */
@Command(
    name = "strip",
    mixinStandardHelpOptions = true,
    description = {
      "Strip the symbol table and debug sections from an ELF executable or library, in pure Java.",
      "Never moves or changes anything the program loads; keeps Go build info and the build id.",
      "Writes IN.stripped unless -o OUT or --in-place is given."
    })
final class StripCommand implements Callable<Integer> {
  static final class Target {
    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the stripped file to OUT.")
    Path output;

    @Option(names = "--in-place", description = "Replace IN itself (atomically).")
    boolean inPlace;
  }

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Target target;

  @Option(names = "--verbose", description = "Show stack traces and diagnostics on errors.")
  boolean verbose;

  @Parameters(paramLabel = "IN", arity = "1", description = "The ELF file to strip (never modified without --in-place).")
  Path input;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(input)) {
      throw new InvalidInputException(input + ": no such file");
    }
    Path out = outputPath();
    if (!(target != null && target.inPlace) && Files.exists(out) && Files.isSameFile(input, out)) {
      throw new InvalidInputException(out + ": is the input; use --in-place to replace it");
    }
    StripResult r = Binaries.strip(input, out);
    double percent = r.inputBytes() == 0 ? 0 : 100.0 * r.savedBytes() / r.inputBytes();
    String line = r.removedSections().isEmpty()
        ? String.format(Locale.ROOT, "%s: nothing to strip; wrote %s%n", input, out)
        : String.format(Locale.ROOT, "%s: %s -> %s (-%s, %.1f%%), removed %s; wrote %s%n", input,
            HumanSize.format(r.inputBytes()), HumanSize.format(r.outputBytes()),
            HumanSize.format(r.savedBytes()), percent, String.join(" ", r.removedSections()), out);
    spec.commandLine().getOut().print(line);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private Path outputPath() {
    if (target != null && target.inPlace) {
      return input;
    }
    if (target != null && target.output != null) {
      return target.output;
    }
    return input.resolveSibling(input.getFileName() + ".stripped");
  }
}
