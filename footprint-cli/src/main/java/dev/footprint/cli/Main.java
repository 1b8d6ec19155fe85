package dev.footprint.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Wires the command tree to the process: the streams in, the exit code out. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one invocation against the given streams; tests call this instead of {@link #main}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(out, err);
    return cli.execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new FootprintCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(new ShortErrorHandler());
    cli.setExecutionExceptionHandler(new ExitCodeMapper());
    cli.setExitCodeExceptionMapper(ExitCodeMapper::exitCodeOf);
    return cli;
  }
}
