package dev.footprint.dockerfile;

import dev.footprint.common.InvalidInputException;
import dev.footprint.dockerfile.internal.parser.Dumper;
import dev.footprint.dockerfile.internal.parser.Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Entry point of the module: parse a Dockerfile, dump it in BuildKit's test format. */
public final class Dockerfiles {
  private Dockerfiles() {}

  /** Parses text; {@code source} names it in error messages. */
  public static ParsedDockerfile parse(String source, String text) throws DockerfileSyntaxException {
    return Parser.parse(source, text);
  }

  /** Reads and parses a file; unreadable files are invalid input. */
  public static ParsedDockerfile parse(Path file) throws InvalidInputException {
    return parse(file.toString(), read(file));
  }

  /** Reads a Dockerfile as UTF-8 (malformed bytes become U+FFFD, as Go would print them). */
  public static String read(Path file) throws InvalidInputException {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("no such file: " + file, e);
    } catch (IOException e) {
      throw new InvalidInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Gives the syntax tree meaning: typed instructions, stages and the stage graph. */
  public static dev.footprint.dockerfile.instructions.Dockerfile model(String source, ParsedDockerfile parsed)
      throws DockerfileSyntaxException {
    return dev.footprint.dockerfile.internal.instructions.InstructionReader.read(source, parsed);
  }

  /** The parse in BuildKit's parser-test {@code result} format. */
  public static String dump(ParsedDockerfile file) {
    return Dumper.dump(file);
  }
}
