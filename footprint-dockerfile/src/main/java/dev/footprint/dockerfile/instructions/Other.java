package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Node;
import java.util.List;

/**
 * Instructions no rule needs typed yet (EXPOSE, VOLUME, HEALTHCHECK, STOPSIGNAL, MAINTAINER): the
 * lower-case keyword and its raw arguments.
 */
public record Other(Node node, String command, List<String> args) implements Instruction {
  public Other {
    args = List.copyOf(args);
  }
}
