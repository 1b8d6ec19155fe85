package dev.footprint.cli;

import dev.footprint.common.UnavailableException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Placeholder until its issue lands: says so plainly instead of pretending to work. */
@Command(name = "binary", mixinStandardHelpOptions = true, description = "What a binary is: ELF/PE, linkage, libc, debug bytes, Go build info.")
final class BinaryCommand implements Callable<Integer> {
  @Mixin OutputOptions output;

  @Parameters(paramLabel = "ARG", arity = "0..*")
  List<String> args;

  @Override
  public Integer call() throws Exception {
    throw new UnavailableException("'footprint binary' is not in this build yet");
  }
}
