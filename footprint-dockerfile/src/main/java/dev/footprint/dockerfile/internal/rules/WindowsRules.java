package dev.footprint.dockerfile.internal.rules;

import dev.footprint.dockerfile.Node;
import dev.footprint.dockerfile.instructions.Instruction;
import dev.footprint.dockerfile.instructions.Stage;
import dev.footprint.dockerfile.internal.fix.Rewrite;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** FP5xx: Windows paths and line ends that silently change meaning. */
final class WindowsRules {
  private static final Set<String> PATH_COMMANDS = Set.of("copy", "add", "workdir", "volume");
  private static final Pattern BACKSLASH_PATH = Pattern.compile("[A-Za-z0-9_.-]\\\\[A-Za-z0-9_.-]");
  private static final Pattern DRIVE_PATH = Pattern.compile("(?:^|[\\s\"'=,\\[])([A-Za-z]:[\\\\/][^\\s\"',\\]]*)");
  private static final Pattern SINGLE_BACKSLASH_DRIVE = Pattern.compile("[A-Za-z]:\\\\(?!\\\\)");

  private WindowsRules() {}

  /** FP501: {@code src\app} in a Linux Dockerfile, where {@code \} is the escape character. */
  static List<Hit> backslashPaths(LintContext ctx) {
    if (ctx.dockerfile().windowsTarget() || ctx.dockerfile().parsed().directives().containsKey("escape")) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    for (Instruction i : all(ctx)) {
      Node n = i.node();
      if (!PATH_COMMANDS.contains(n.command()) || n.json()) {
        continue;
      }
      for (String arg : n.args()) {
        if (BACKSLASH_PATH.matcher(arg).find() && !DRIVE_PATH.matcher(arg).find()) {
          hits.add(BuildRules.hit("FP501", i, List.of(arg)));
          break;
        }
      }
    }
    return hits;
  }

  /** FP502: {@code C:\app} under the default escape in a Windows Dockerfile. */
  static List<Hit> singleBackslashes(LintContext ctx) {
    if (!ctx.dockerfile().windowsTarget() || ctx.dockerfile().parsed().escape() != '\\') {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    List<String> lines = ctx.dockerfile().parsed().lines();
    for (Instruction i : all(ctx)) {
      Node n = i.node();
      String first = lines.get(n.startLine() - 1).stripTrailing();
      boolean continuedPath = n.endLine() > n.startLine() && first.length() >= 3 && first.endsWith(":\\")
          && Character.isLetter(first.charAt(first.length() - 3));
      boolean brokenJson = n.original().substring(n.keyword().length()).strip().startsWith("[") && !n.json()
          && n.original().contains("\\");
      Matcher m = SINGLE_BACKSLASH_DRIVE.matcher(n.original());
      if (continuedPath || brokenJson || m.find() && !n.json()) {
        hits.add(BuildRules.hit("FP502", i, List.of(continuedPath ? "a trailing \\ continues the line"
            : brokenJson ? "the JSON array is invalid and falls back to shell form" : "backslashes are escapes")));
      }
    }
    return hits;
  }

  /** FP503: a drive-letter path in a Linux image. */
  static List<Hit> drivePaths(LintContext ctx) {
    if (ctx.dockerfile().windowsTarget()) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    for (Instruction i : all(ctx)) {
      Node n = i.node();
      if (n.command().equals("run") || n.command().equals("from") || n.command().equals("label")) {
        continue;
      }
      for (String arg : n.args()) {
        Matcher m = DRIVE_PATH.matcher(arg);
        if (m.find()) {
          hits.add(BuildRules.hit("FP503", i, List.of(m.group(1))));
          break;
        }
      }
    }
    return hits;
  }

  /** FP504: CRLF line ends in a Linux Dockerfile (heredocs and scripts get a stray \r). */
  static List<Hit> crlf(LintContext ctx) {
    if (ctx.dockerfile().windowsTarget() || !ctx.dockerfile().parsed().crlf()) {
      return List.of();
    }
    return List.of(new Hit("FP504", 1, 1, List.of(), List.of(Rewrite.lineEndings())));
  }

  private static List<Instruction> all(LintContext ctx) {
    List<Instruction> out = new ArrayList<>();
    for (Stage s : ctx.dockerfile().stages()) {
      out.add(s.from());
      out.addAll(s.instructions());
    }
    return out;
  }
}
