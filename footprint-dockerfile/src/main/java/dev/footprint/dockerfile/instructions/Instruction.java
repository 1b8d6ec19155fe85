package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Node;
import java.util.List;

/**
 * A Dockerfile instruction with its meaning: one record per keyword. Every record keeps the parser
 * {@link Node} it came from for line ranges and raw text.
 */
public sealed interface Instruction
    permits From, Run, FileTransfer, StartCommand, Env, Label, Arg, Workdir, User, Shell, Onbuild,
        Expose, Volume, Healthcheck, StopSignal, Maintainer {

  Node node();

  default int line() {
    return node().startLine();
  }

  default int endLine() {
    return node().endLine();
  }

  /** A BuildKit {@code --mount} option of RUN. */
  record Mount(String type, String target, String raw) {}

  /** A name with an optional value (ENV pair, ARG declaration, LABEL). */
  record KeyValue(String key, String value) {}

  static List<String> flagValues(Node node, String name) {
    String prefix = "--" + name;
    return node.flags().stream()
        .filter(f -> f.equals(prefix) || f.startsWith(prefix + "="))
        .map(f -> f.length() > prefix.length() ? f.substring(prefix.length() + 1) : "true")
        .toList();
  }

  static String flag(Node node, String name) {
    List<String> values = flagValues(node, name);
    return values.isEmpty() ? null : values.get(values.size() - 1);
  }
}
