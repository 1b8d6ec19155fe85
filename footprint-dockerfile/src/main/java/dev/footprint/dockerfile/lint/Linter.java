package dev.footprint.dockerfile.lint;

import dev.footprint.dockerfile.DockerfileSyntaxException;
import dev.footprint.dockerfile.Dockerfiles;
import dev.footprint.dockerfile.ParsedDockerfile;
import dev.footprint.dockerfile.instructions.Dockerfile;
import dev.footprint.dockerfile.internal.fix.Fixer;
import dev.footprint.dockerfile.internal.fix.Rewrite;
import dev.footprint.dockerfile.internal.fix.UnifiedDiff;
import dev.footprint.dockerfile.internal.rules.Hit;
import dev.footprint.dockerfile.internal.rules.LintContext;
import dev.footprint.dockerfile.internal.rules.Pragmas;
import dev.footprint.dockerfile.internal.rules.RuleSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the rules over one Dockerfile and applies their mechanical fixes. Stateless and thread-safe.
 *
 * @param config ignores, severity overrides, trusted registries
 */
public record Linter(LintConfig config) {

  /** Every rule, in id order. */
  public static List<Rule> rules() {
    return RuleSet.entries().stream().map(RuleSet.Entry::rule).toList();
  }

  /**
   * Lints {@code text}. {@code contextDir} is the build context (the Dockerfile's directory by
   * default) used by the .dockerignore and entrypoint-script rules; null skips them.
   */
  public LintResult lint(String file, String text, Path contextDir) throws DockerfileSyntaxException {
    List<Finding> findings = new ArrayList<>();
    for (Hit hit : hits(file, text, contextDir)) {
      Rule rule = rule(hit.rule());
      Severity severity = config.severities().getOrDefault(rule.id(), rule.severity());
      findings.add(new Finding(rule.id(), severity, hit.line(), hit.endLine(),
          rule.format(hit.args()), String.format(java.util.Locale.ROOT, rule.fix(), hit.args().toArray())));
    }
    findings.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::rule));
    return new LintResult(file, findings);
  }

  /** Applies every fixable finding's rewrite; the result parses to the same stages. */
  public FixResult fix(String file, String text, Path contextDir) throws DockerfileSyntaxException {
    List<Rewrite> rewrites = new ArrayList<>();
    List<String> applied = new ArrayList<>();
    for (Hit hit : hits(file, text, contextDir)) {
      if (!hit.rewrites().isEmpty()) {
        rewrites.addAll(hit.rewrites());
        applied.add(hit.rule());
      }
    }
    String fixed = Fixer.apply(text, rewrites);
    if (!fixed.equals(text)) {
      StageShape before = StageShape.of(model(file, text));
      StageShape after = StageShape.of(model(file, fixed));
      if (!before.equals(after)) {
        throw new IllegalStateException("fix changed the stages of " + file + ": " + before + " -> " + after);
      }
    }
    return new FixResult(file, text, fixed, applied);
  }

  /** The fix as a unified diff, empty when nothing changed. */
  public static String diff(FixResult result) {
    return UnifiedDiff.diff(result.file(), result.original(), result.fixed());
  }

  private List<Hit> hits(String file, String text, Path contextDir) throws DockerfileSyntaxException {
    ParsedDockerfile parsed = Dockerfiles.parse(file, text);
    Dockerfile model = Dockerfiles.model(file, parsed);
    String name = Path.of(file).getFileName() == null ? "Dockerfile" : Path.of(file).getFileName().toString();
    LintContext ctx = new LintContext(model, contextDir, name, config);
    Pragmas pragmas = new Pragmas(parsed);
    List<Hit> out = new ArrayList<>();
    for (RuleSet.Entry entry : RuleSet.entries()) {
      String id = entry.rule().id();
      if (config.ignore().contains(id)) {
        continue;
      }
      for (Hit hit : entry.check().run(ctx)) {
        if (!pragmas.suppressed(id, hit.line())) {
          out.add(hit);
        }
      }
    }
    return out;
  }

  private static Dockerfile model(String file, String text) throws DockerfileSyntaxException {
    return Dockerfiles.model(file, Dockerfiles.parse(file, text));
  }

  private static final java.util.Map<String, Rule> BY_ID = RuleSet.entries().stream()
      .collect(java.util.stream.Collectors.toUnmodifiableMap(e -> e.rule().id(), RuleSet.Entry::rule));

  private static Rule rule(String id) {
    return BY_ID.get(id);
  }
}
