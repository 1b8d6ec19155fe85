package dev.footprint.dockerfile.internal.rules;

import java.util.List;

/** The logic of one rule: looks at a Dockerfile and reports where the rule fires. */
@FunctionalInterface
public interface Check {
  List<Hit> run(LintContext ctx);
}
