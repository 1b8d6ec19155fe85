package dev.footprint.dockerfile.internal.parser;

import dev.footprint.dockerfile.Node;
import dev.footprint.dockerfile.ParsedDockerfile;
import java.util.List;

/** BuildKit's {@code Node.Dump()}: the {@code result} format of its parser test corpus. */
public final class Dumper {
  private Dumper() {}

  /** One line per instruction, with a final newline, exactly as BuildKit's test files hold. */
  public static String dump(ParsedDockerfile file) {
    StringBuilder out = new StringBuilder();
    for (Node node : file.nodes()) {
      out.append('(').append(dump(node)).append(")\n");
    }
    return out.toString();
  }

  static String dump(Node node) {
    StringBuilder s = new StringBuilder(node.command());
    if (!node.flags().isEmpty()) {
      s.append(" [");
      List<String> flags = node.flags();
      for (int i = 0; i < flags.size(); i++) {
        s.append(i == 0 ? "" : " ").append(GoQuote.quote(flags.get(i)));
      }
      s.append(']');
    }
    if (node.sub() != null) {
      s.append(" (").append(dump(node.sub())).append(')');
    } else {
      for (String arg : node.args()) {
        s.append(' ').append(GoQuote.quote(arg));
      }
    }
    return s.toString().strip();
  }
}
