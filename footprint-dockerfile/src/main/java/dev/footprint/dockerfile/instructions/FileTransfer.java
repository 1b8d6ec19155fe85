package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Heredoc;
import java.util.List;

/** COPY or ADD: sources (expanded) into a destination, possibly from another stage. */
public sealed interface FileTransfer extends Instruction permits Copy, Add {
  List<String> sources();

  String dest();

  /** The --from value (stage name, index or image), or null. */
  String from();

  List<Heredoc> heredocs();

  default boolean add() {
    return this instanceof Add;
  }

  /** Copies the whole build context ({@code .}, {@code ./}, {@code *}). */
  default boolean copiesWholeContext() {
    return from() == null && sources().stream()
        .anyMatch(s -> s.equals(".") || s.equals("./") || s.equals("*") || s.equals("./*"));
  }
}
