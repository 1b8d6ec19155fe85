package dev.footprint.dockerfile;

import java.util.List;
import java.util.Map;

/**
 * The neutral syntax tree of a Dockerfile: instructions in source order with their line ranges,
 * the parser directives found at the top, the escape token in effect, and warnings.
 *
 * @param nodes instructions in source order
 * @param directives lower-cased directive name to value ({@code syntax}, {@code escape}, {@code check})
 * @param escape the escape token in effect ({@code \} or {@code `})
 * @param warnings parser warnings
 * @param lines the physical lines of the file (without line ends), for rules that look at text
 * @param crlf true when any line ended in CRLF
 */
public record ParsedDockerfile(
    List<Node> nodes,
    Map<String, String> directives,
    char escape,
    List<ParseWarning> warnings,
    List<String> lines,
    boolean crlf) {

  public ParsedDockerfile {
    nodes = List.copyOf(nodes);
    directives = Map.copyOf(directives);
    warnings = List.copyOf(warnings);
    lines = List.copyOf(lines);
  }

  /** First line of the first instruction. */
  public int startLine() {
    return nodes.get(0).startLine();
  }

  /** Last line of the last instruction. */
  public int endLine() {
    return nodes.get(nodes.size() - 1).endLine();
  }
}
