package dev.footprint.dockerfile.internal.parser;

import dev.footprint.dockerfile.Heredoc;
import dev.footprint.dockerfile.internal.shell.EnvLookup;
import dev.footprint.dockerfile.internal.shell.ShellLexer;
import dev.footprint.dockerfile.internal.shell.ShellSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds heredoc openers ({@code <<EOF}, {@code <<-'EOF'}, {@code 3<<EOF}) in an instruction line. */
final class Heredocs {
  private static final Pattern OPENER = Pattern.compile("^(\\d*)<<(-?)([^<]*)$");
  private static final ShellLexer RAW = new ShellLexer('\\', true, true, false);
  private static final ShellLexer PLAIN = new ShellLexer('\\', false, false, true);
  private static final ShellLexer QUOTED = new ShellLexer('\\', true, false, true);

  private Heredocs() {}

  /** Openers in order, with empty bodies for the parser to fill. */
  static List<Heredoc> openers(String line) throws LineParsers.LineException {
    List<String> words;
    try {
      words = RAW.processWords(line, EnvLookup.EMPTY);
    } catch (ShellSyntaxException e) {
      // BuildKit ignores lexing errors here: a line that cannot be split has no heredocs.
      return List.of();
    }
    List<Heredoc> docs = new ArrayList<>();
    for (String word : words) {
      Heredoc doc = parse(word);
      if (doc != null) {
        docs.add(doc);
      }
    }
    return docs;
  }

  static Heredoc parse(String word) throws LineParsers.LineException {
    Matcher m = OPENER.matcher(word);
    if (!m.matches() || m.group(3).isEmpty()) {
      return null;
    }
    String rest = m.group(3);
    try {
      List<String> plain = PLAIN.processWords(rest, EnvLookup.EMPTY);
      if (plain.size() != 1) {
        return null;
      }
      List<String> raw = QUOTED.processWords(rest, EnvLookup.EMPTY);
      if (raw.size() != 1) {
        throw new LineParsers.LineException("internal lexing of heredoc produced inconsistent results: " + rest);
      }
      boolean expand = quotes(plain.get(0)) == quotes(raw.get(0));
      int fd = m.group(1).isEmpty() ? 0 : Integer.parseInt(m.group(1));
      return new Heredoc(plain.get(0), "", expand, m.group(2).equals("-"), fd);
    } catch (ShellSyntaxException e) {
      throw new LineParsers.LineException(e.getMessage());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static long quotes(String s) {
    return s.chars().filter(c -> c == '\'' || c == '"').count();
  }
}
