package dev.footprint.cli;

import dev.footprint.common.UnavailableException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Placeholder until its issue lands: says so plainly instead of pretending to work. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Start an image, wait until ready, and measure it.")
final class RunCommand implements Callable<Integer> {
  @Mixin OutputOptions output;

  @Parameters(paramLabel = "ARG", arity = "0..*")
  List<String> args;

  @Override
  public Integer call() throws Exception {
    throw new UnavailableException("'footprint run' is not in this build yet");
  }
}
