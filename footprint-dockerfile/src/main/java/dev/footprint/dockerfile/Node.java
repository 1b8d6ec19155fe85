package dev.footprint.dockerfile;

import java.util.List;

/**
 * One instruction as the parser sees it, before any meaning is given to it (BuildKit's {@code
 * parser.Node}): the keyword as written, builder flags, the argument words the line parser for
 * the keyword produced (raw: quotes kept, variables unexpanded), heredoc bodies, and the lines it
 * came from.
 *
 * @param keyword the instruction word as written ({@code run}, {@code RUN}, {@code Run})
 * @param flags builder flags such as {@code --from=build}, as written minus quoting
 * @param args argument nodes; for ONBUILD a single element holding the sub-instruction in {@code sub}
 * @param sub the wrapped instruction of an ONBUILD, or null
 * @param json true when the arguments came from a JSON array (exec form)
 * @param heredocs heredoc bodies attached to this instruction, in order
 * @param original the joined logical line (continuations removed)
 * @param startLine first physical line, 1-based
 * @param endLine last physical line consumed, including heredoc bodies
 * @param comments comment lines directly above the instruction
 */
public record Node(
    String keyword,
    List<String> flags,
    List<String> args,
    Node sub,
    boolean json,
    List<Heredoc> heredocs,
    String original,
    int startLine,
    int endLine,
    List<String> comments) {

  public Node {
    flags = List.copyOf(flags);
    args = List.copyOf(args);
    heredocs = List.copyOf(heredocs);
    comments = List.copyOf(comments);
  }

  /** The keyword in lower case, the form instructions are dispatched on. */
  public String command() {
    return keyword.toLowerCase(java.util.Locale.ROOT);
  }

  public Node withLines(int start, int end) {
    return new Node(keyword, flags, args, sub, json, heredocs, original, start, end, comments);
  }

  public Node withHeredocs(List<Heredoc> docs) {
    return new Node(keyword, flags, args, sub, json, docs, original, startLine, endLine, comments);
  }
}
