package dev.footprint.dockerfile.internal.parser;

import dev.footprint.dockerfile.DockerfileSyntaxException;
import dev.footprint.dockerfile.Heredoc;
import dev.footprint.dockerfile.Node;
import dev.footprint.dockerfile.ParseWarning;
import dev.footprint.dockerfile.ParsedDockerfile;
import dev.footprint.dockerfile.internal.shell.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * Text to neutral syntax tree, following BuildKit's {@code parser.Parse} line by line: directives,
 * comments, continuation with the escape token (comment and blank lines inside skipped), builder
 * flags, per-keyword argument splitting, heredoc bodies, line ranges. Not thread-safe: one per
 * parse.
 */
public final class Parser {
  static final int MAX_LINE = 65535;

  private final String source;
  private final PhysicalLines in;
  private final Directives directives = new Directives();
  private final List<Node> nodes = new ArrayList<>();
  private final List<ParseWarning> warnings = new ArrayList<>();
  private List<String> comments = new ArrayList<>();
  private int currentLine;

  private Parser(String source, String text) {
    this.source = source;
    this.in = new PhysicalLines(text);
  }

  /** Parses {@code text}; {@code source} names the file in error messages. */
  public static ParsedDockerfile parse(String source, String text) throws DockerfileSyntaxException {
    return new Parser(source, text).run();
  }

  private ParsedDockerfile run() throws DockerfileSyntaxException {
    String raw;
    while ((raw = next()) != null) {
      if (currentLine == 0 && raw.startsWith("\uFEFF")) {
        raw = raw.substring(1);
      }
      boolean comment = isComment(raw);
      if (comment) {
        String text = Chars.trim(raw.substring(1));
        if (text.isEmpty()) {
          comments = new ArrayList<>();
        } else {
          comments.add(text);
        }
      }
      String token = Chars.trimLeft(trimNewline(raw));
      if (offerDirective(token) && !comments.isEmpty()) {
        comments.remove(comments.size() - 1);
      }
      currentLine++;
      int startLine = currentLine;
      String first = comment ? "" : token;
      int cut = continuation(first);
      boolean endOfLine = cut < 0;
      if (endOfLine && first.isEmpty()) {
        continue;
      }
      StringBuilder buf = new StringBuilder(endOfLine ? first : first.substring(0, cut));
      boolean emptyContinuation = false;
      while (!endOfLine && (raw = next()) != null) {
        String line = trimNewline(raw);
        offerDirective(line);
        currentLine++;
        if (isComment(raw)) {
          continue;
        }
        if (Chars.trimLeft(line).isEmpty()) {
          emptyContinuation = true;
          continue;
        }
        cut = continuation(line);
        endOfLine = cut < 0;
        buf.append(endOfLine ? line : line.substring(0, cut));
      }
      String joined = buf.toString();
      if (emptyContinuation) {
        warnings.add(new ParseWarning("Empty continuation line found in: " + joined, currentLine));
      }
      Node node = nodeFromLine(joined, startLine);
      if (canContainHeredoc(node) && joined.contains("<<")) {
        node = node.withHeredocs(readHeredocs(joined, startLine));
      }
      nodes.add(node.withLines(startLine, currentLine));
      comments = new ArrayList<>();
    }
    if (nodes.isEmpty()) {
      throw new DockerfileSyntaxException(source, 0, "file with no instructions");
    }
    return new ParsedDockerfile(
        nodes, directives.values(), directives.escape(), warnings, in.lines(), in.crlf());
  }

  private String next() throws DockerfileSyntaxException {
    String raw = in.next();
    if (raw != null && raw.length() > MAX_LINE + 1) {
      throw new DockerfileSyntaxException(
          source, currentLine + 1, "dockerfile line greater than max allowed size of " + MAX_LINE);
    }
    return raw;
  }

  private boolean offerDirective(String line) throws DockerfileSyntaxException {
    try {
      return directives.offer(line);
    } catch (LineParsers.LineException e) {
      throw new DockerfileSyntaxException(source, currentLine + 1, e.getMessage());
    }
  }

  private Node nodeFromLine(String line, int startLine) throws DockerfileSyntaxException {
    try {
      return NodeFactory.fromLine(line, directives.escape(), comments);
    } catch (LineParsers.LineException e) {
      throw new DockerfileSyntaxException(source, startLine, e.getMessage());
    }
  }

  private List<Heredoc> readHeredocs(String line, int startLine) throws DockerfileSyntaxException {
    List<Heredoc> openers;
    try {
      openers = Heredocs.openers(line);
    } catch (LineParsers.LineException e) {
      throw new DockerfileSyntaxException(source, startLine, e.getMessage());
    }
    List<Heredoc> docs = new ArrayList<>();
    for (Heredoc doc : openers) {
      StringBuilder body = new StringBuilder();
      boolean terminated = false;
      String raw;
      while ((raw = next()) != null) {
        currentLine++;
        String candidate = trimNewline(raw);
        if (doc.chomp()) {
          candidate = candidate.replaceFirst("^\t+", "");
        }
        if (candidate.equals(doc.name())) {
          terminated = true;
          break;
        }
        body.append(raw);
      }
      if (!terminated) {
        throw new DockerfileSyntaxException(
            source, startLine, "unterminated heredoc " + doc.name() + " (lines " + startLine + "-" + currentLine + ")");
      }
      docs.add(doc.withContent(body.toString()));
    }
    return docs;
  }

  private static boolean canContainHeredoc(Node node) {
    Node n = node.command().equals("onbuild") && node.sub() != null ? node.sub() : node;
    String c = n.command();
    return (c.equals("run") || c.equals("copy") || c.equals("add")) && !n.json();
  }

  /** Index of the continuation escape to cut at, or -1 when the line does not continue. */
  private int continuation(String line) {
    char esc = directives.escape();
    int i = line.length() - 1;
    while (i >= 0 && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i--;
    }
    if (i < 0 || line.charAt(i) != esc) {
      return -1;
    }
    if (i == 0) {
      return 0;
    }
    return line.charAt(i - 1) == esc ? -1 : i;
  }

  static String trimNewline(String raw) {
    int end = raw.length();
    while (end > 0 && (raw.charAt(end - 1) == '\n' || raw.charAt(end - 1) == '\r')) {
      end--;
    }
    return end == raw.length() ? raw : raw.substring(0, end);
  }

  static boolean isComment(String raw) {
    String t = Chars.trimLeft(trimNewline(raw));
    return !t.isEmpty() && t.charAt(0) == '#';
  }
}
