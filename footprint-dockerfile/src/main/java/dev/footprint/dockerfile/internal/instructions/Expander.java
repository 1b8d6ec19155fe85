package dev.footprint.dockerfile.internal.instructions;

import dev.footprint.dockerfile.internal.shell.EnvLookup;
import dev.footprint.dockerfile.internal.shell.ShellLexer;
import dev.footprint.dockerfile.internal.shell.ShellSyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables in scope while reading one stage (ARG defaults and ENV values) and BuildKit's word
 * expansion over them. A word that cannot be expanded is kept as written: lint must not fail where
 * a build would only fail later. Not thread-safe.
 */
final class Expander {
  private final ShellLexer lexer;
  private final Map<String, String> vars;

  Expander(char escape, Map<String, String> initial) {
    this.lexer = ShellLexer.of(escape);
    this.vars = new HashMap<>(initial);
  }

  void set(String name, String value) {
    vars.put(name, value);
  }

  boolean has(String name) {
    return vars.containsKey(name);
  }

  Map<String, String> snapshot() {
    return Map.copyOf(vars);
  }

  String word(String raw) {
    try {
      return lexer.processWord(raw, EnvLookup.of(vars));
    } catch (ShellSyntaxException e) {
      return raw;
    }
  }

  /** Like {@link #word} but leaves references to unset variables as written. */
  String wordKeepUnset(String raw) {
    try {
      return new ShellLexer(lexer.escape(), false, false, true).processWord(raw, EnvLookup.of(vars));
    } catch (ShellSyntaxException e) {
      return raw;
    }
  }

  List<String> words(String raw) {
    try {
      return lexer.processWords(raw, EnvLookup.of(vars));
    } catch (ShellSyntaxException e) {
      return List.of(raw);
    }
  }
}
