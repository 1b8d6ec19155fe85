package dev.footprint.dockerfile.internal.rules;

import dev.footprint.dockerfile.internal.fix.Rewrite;
import java.util.List;

/** A rule firing at one instruction, with its message arguments and an optional rewrite. */
public record Hit(String rule, int line, int endLine, List<String> args, List<Rewrite> rewrites) {
  public Hit {
    args = List.copyOf(args);
    rewrites = List.copyOf(rewrites);
  }
}
