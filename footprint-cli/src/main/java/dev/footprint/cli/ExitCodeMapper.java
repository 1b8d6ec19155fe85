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
    if (e instanceof UnavailableException || e instanceof AccessDeniedException || diskFull(e)) {
      return ExitCode.UNAVAILABLE;
    }
    return ExitCode.INTERNAL;
  }

  /** A full disk is the host's state, not a bug: say where footprint writes and what to free. */
  static boolean diskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (t instanceof java.io.IOException && m != null
          && (m.contains("No space left on device") || m.contains("not enough space on the disk"))) {
        return true;
      }
    }
    return false;
  }

  private static String messageOf(Throwable e) {
    if (diskFull(e)) {
      return "no space left on a disk footprint writes to: the output's folder, or the temporary folder "
          + System.getProperty("java.io.tmpdir") + " (slim spools the image's surviving content there);"
          + " free space or point TMPDIR elsewhere; nothing was written";
    }
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
