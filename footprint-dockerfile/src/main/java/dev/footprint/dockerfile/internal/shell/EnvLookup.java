package dev.footprint.dockerfile.internal.shell;

import java.util.Locale;
import java.util.Map;

/** Where the lexer reads variables from; {@code null} means unset (distinct from empty). */
@FunctionalInterface
public interface EnvLookup {
  EnvLookup EMPTY = name -> null;

  String get(String name);

  /** Unix semantics: names are case-sensitive. */
  static EnvLookup of(Map<String, String> env) {
    return env::get;
  }

  /** Windows semantics: {@code $pwd} and {@code $PWD} are the same variable. */
  static EnvLookup caseInsensitive(Map<String, String> env) {
    java.util.TreeMap<String, String> folded = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    env.forEach((k, v) -> folded.putIfAbsent(k.toUpperCase(Locale.ROOT), v));
    return folded::get;
  }
}
