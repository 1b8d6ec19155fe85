package dev.footprint.dockerfile;

import dev.footprint.common.InvalidInputException;

/** The Dockerfile cannot be parsed; the message names the file and the line. */
public final class DockerfileSyntaxException extends InvalidInputException {
  private static final long serialVersionUID = 1L;
  private final int line;

  public DockerfileSyntaxException(String source, int line, String message) {
    super(source + (line > 0 ? ":" + line : "") + ": " + message);
    this.line = line;
  }

  /** 1-based line of the problem, 0 when it concerns the whole file. */
  public int line() {
    return line;
  }
}
