package dev.footprint.dockerfile.instructions;

import java.util.List;

/** CMD or ENTRYPOINT: what the container runs. */
public sealed interface StartCommand extends Instruction permits Cmd, Entrypoint {
  /** Exec words, or the single shell text in shell form. */
  List<String> args();

  /** True when not a JSON array: the command runs under {@code /bin/sh -c}. */
  boolean shellForm();

  default boolean entrypoint() {
    return this instanceof Entrypoint;
  }
}
