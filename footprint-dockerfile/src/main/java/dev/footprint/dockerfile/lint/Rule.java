package dev.footprint.dockerfile.lint;

/**
 * A lint rule as data: stable id, default severity, what it checks, the message template ({@code
 * %s} filled per finding), the concrete fix, whether {@code --fix} can apply it, and the peer check
 * (hadolint/BuildKit) covering the same ground, if any.
 */
public record Rule(
    String id,
    Severity severity,
    String title,
    String message,
    String fix,
    boolean autofix,
    String peer) {

  /** Link into docs/rules.md. */
  public String docAnchor() {
    return "docs/rules.md#" + id.toLowerCase(java.util.Locale.ROOT);
  }

  public String format(java.util.List<String> args) {
    return String.format(java.util.Locale.ROOT, message, args.toArray());
  }
}
