package dev.footprint.cli;

import dev.footprint.common.UnavailableException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Placeholder until its issue lands: says so plainly instead of pretending to work. */
@Command(name = "inspect", mixinStandardHelpOptions = true, description = "Where the bytes of an image go: layers, files, waste.")
final class InspectCommand implements Callable<Integer> {
  @Mixin OutputOptions output;

  @Parameters(paramLabel = "ARG", arity = "0..*")
  List<String> args;

  @Override
  public Integer call() throws Exception {
    throw new UnavailableException("'footprint inspect' is not in this build yet");
  }
}
