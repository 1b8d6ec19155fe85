package dev.footprint.dockerfile.internal.rules;

import java.util.List;
import java.util.Map;

/**
 * One simple command of a RUN script: its words (quotes removed) after leading {@code VAR=value}
 * assignments and wrappers ({@code sudo}, {@code env}).
 */
record Command(List<String> words, Map<String, String> assignments) {
  String name() {
    return words.isEmpty() ? "" : words.get(0);
  }

  String arg(int i) {
    return i < words.size() ? words.get(i) : "";
  }

  boolean is(String program, String sub) {
    return base(name()).equals(program) && words.stream().skip(1).filter(w -> !w.startsWith("-")).findFirst().orElse("").equals(sub);
  }

  boolean has(String word) {
    return words.contains(word);
  }

  boolean hasPrefix(String prefix) {
    return words.stream().anyMatch(w -> w.startsWith(prefix));
  }

  /** The executable's file name: {@code /usr/bin/go} is {@code go}, {@code ./mvnw} is {@code mvnw}. */
  static String base(String word) {
    int slash = word.lastIndexOf('/');
    return slash >= 0 ? word.substring(slash + 1) : word;
  }
}
