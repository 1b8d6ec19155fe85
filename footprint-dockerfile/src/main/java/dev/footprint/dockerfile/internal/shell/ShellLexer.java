package dev.footprint.dockerfile.internal.shell;

import java.util.List;

/**
 * BuildKit's word expansion ({@code frontend/dockerfile/shell}): quotes, the escape token, {@code
 * $VAR} and {@code ${VAR…}} with the {@code - + ? # % /} modifiers. Immutable and thread-safe; each
 * call uses its own {@link Scan}.
 *
 * @param escape the escape token ({@code \} or {@code `})
 * @param rawQuotes keep quote characters in the output (used to detect quoted heredoc names)
 * @param rawEscapes keep escape tokens in the output
 * @param skipUnsetEnv leave references to unset variables as written
 */
public record ShellLexer(char escape, boolean rawQuotes, boolean rawEscapes, boolean skipUnsetEnv) {

  public static ShellLexer of(char escape) {
    return new ShellLexer(escape, false, false, false);
  }

  /** Expands one word: the result of an instruction argument such as a WORKDIR path. */
  public String processWord(String word, EnvLookup env) throws ShellSyntaxException {
    return run(word, env).word();
  }

  /** Expands and splits into words, as COPY sources or heredoc detection need. */
  public List<String> processWords(String word, EnvLookup env) throws ShellSyntaxException {
    return run(word, env).words();
  }

  private Result run(String word, EnvLookup env) throws ShellSyntaxException {
    try {
      return new Scan(this, word, env).stopOn(Scan.EOF, rawEscapes);
    } catch (ShellSyntaxException e) {
      throw new ShellSyntaxException("failed to process \"" + word + "\": " + e.getMessage());
    }
  }

  record Result(String word, List<String> words) {}
}
