package dev.footprint.cli;

import dev.footprint.common.InvalidInputException;
import dev.footprint.common.UnavailableException;
import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The single place where failures become exit codes and one line on stderr. A stack trace is
 * printed only with {@code --verbose}, because users act on the message, not the trace.
 */
final class ExitCodeMapper implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    int code = exitCodeOf(e);
    String message = code == ExitCode.INTERNAL ? internalMessage(e) : messageOf(e);
    cli.getErr().println("footprint: " + message);
    if (isVerbose(parsed)) {
      e.printStackTrace(cli.getErr());
    } else if (code == ExitCode.INTERNAL) {
      cli.getErr().println("footprint: run again with --verbose and report the trace as a bug");
    }
    cli.getErr().flush();
    return code;
  }

  static int exitCodeOf(Throwable e) {
    if (e instanceof InvalidInputException
        || e instanceof NoSuchFileException
        || e instanceof FileNotFoundException
        || e instanceof CommandLine.ParameterException) {
      return ExitCode.BAD_INPUT;
    }
    if (e instanceof UnavailableException || e instanceof AccessDeniedException) {
      return ExitCode.UNAVAILABLE;
    }
    return ExitCode.INTERNAL;
  }

  private static String messageOf(Throwable e) {
    if (e instanceof NoSuchFileException n) {
      return "no such file: " + n.getFile();
    }
    if (e instanceof AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.replace('\n', ' ');
  }

  private static String internalMessage(Throwable e) {
    return "internal error: " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + messageOf(e));
  }

  private static boolean isVerbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
