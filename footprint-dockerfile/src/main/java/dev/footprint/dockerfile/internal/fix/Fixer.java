package dev.footprint.dockerfile.internal.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies rewrites to a file's text: rewrites of the same instruction compose in order; different
 * instructions never overlap because each owns its line range. Line ends are preserved unless a
 * whole-file rewrite asks for LF.
 */
public final class Fixer {
  private Fixer() {}

  public static String apply(String text, List<Rewrite> rewrites) {
    boolean toLf = rewrites.stream().anyMatch(Rewrite::wholeFile);
    String eol = !toLf && text.contains("\r\n") ? "\r\n" : "\n";
    boolean finalNewline = text.endsWith("\n");
    List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").split("\n", -1)));
    if (finalNewline) {
      lines.remove(lines.size() - 1);
    }
    Map<String, List<Rewrite>> byRange = new LinkedHashMap<>();
    rewrites.stream()
        .filter(r -> !r.wholeFile())
        .sorted(Comparator.comparingInt(Rewrite::startLine).reversed())
        .forEach(r -> byRange.computeIfAbsent(r.startLine() + ":" + r.endLine(), k -> new ArrayList<>()).add(r));
    int lowestTouched = Integer.MAX_VALUE;
    for (List<Rewrite> group : byRange.values()) {
      Rewrite first = group.get(0);
      if (first.endLine() >= lowestTouched || first.endLine() > lines.size()) {
        continue;
      }
      String current = String.join("\n", lines.subList(first.startLine() - 1, first.endLine()));
      for (Rewrite r : group) {
        current = r.edit().apply(current);
      }
      List<String> replacement = current.isEmpty() ? List.of() : List.of(current.split("\n", -1));
      List<String> tail = new ArrayList<>(lines.subList(first.endLine(), lines.size()));
      lines = new ArrayList<>(lines.subList(0, first.startLine() - 1));
      lines.addAll(replacement);
      lines.addAll(tail);
      lowestTouched = first.startLine();
    }
    String out = String.join(eol, lines);
    return finalNewline ? out + eol : out;
  }
}
