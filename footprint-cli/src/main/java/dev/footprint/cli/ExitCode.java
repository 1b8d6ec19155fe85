package dev.footprint.cli;

/** The exit codes every command shares; see docs/cli.md. */
public final class ExitCode {
  public static final int OK = 0;
  /** A gate or threshold the user set failed. */
  public static final int GATE_FAILED = 1;
  /** Bad usage or bad input. */
  public static final int BAD_INPUT = 2;
  /** Something the command needs is missing on this host. */
  public static final int UNAVAILABLE = 3;
  /** A bug in footprint. */
  public static final int INTERNAL = 4;

  private ExitCode() {}
}
