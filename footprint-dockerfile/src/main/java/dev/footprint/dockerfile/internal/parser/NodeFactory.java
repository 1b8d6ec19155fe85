package dev.footprint.dockerfile.internal.parser;

import dev.footprint.dockerfile.Node;
import dev.footprint.dockerfile.internal.shell.Chars;
import java.util.List;

/** One logical line to a {@link Node}: keyword, flags, then the keyword's argument parser. */
final class NodeFactory {
  private NodeFactory() {}

  static Node fromLine(String line, char escape, List<String> comments)
      throws LineParsers.LineException {
    String trimmed = Chars.trim(line);
    int i = 0;
    while (i < trimmed.length() && !Chars.isArgSeparator(trimmed.charAt(i))) {
      i++;
    }
    String keyword = trimmed.substring(0, i);
    List<String> flags = List.of();
    String args = "";
    if (i < trimmed.length()) {
      int j = i;
      while (j < trimmed.length() && Chars.isArgSeparator(trimmed.charAt(j))) {
        j++;
      }
      FlagSplitter.Split split = FlagSplitter.split(trimmed.substring(j), escape);
      flags = split.flags();
      args = Chars.trim(split.rest());
    }
    String command = keyword.toLowerCase(java.util.Locale.ROOT);
    LineParsers.Args parsed =
        LineParsers.parse(command, args, escape, rest -> fromLine(rest, escape, List.of()));
    return new Node(
        keyword, flags, parsed.words(), parsed.sub(), parsed.json(), List.of(), line, 0, 0, comments);
  }
}
