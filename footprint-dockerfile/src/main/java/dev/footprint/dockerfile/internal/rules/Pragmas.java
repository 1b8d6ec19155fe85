package dev.footprint.dockerfile.internal.rules;

import dev.footprint.dockerfile.Node;
import dev.footprint.dockerfile.ParsedDockerfile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppressions: {@code # footprint ignore=FP101,FP102} for the next instruction and {@code #
 * footprint global ignore=…} for the file. Text after a second {@code #} is a free justification.
 */
public final class Pragmas {
  private static final Pattern PRAGMA =
      Pattern.compile("^\\s*#\\s*footprint\\s+(global\\s+)?ignore\\s*=\\s*([A-Za-z0-9_,\\s]+?)\\s*(#.*)?$");

  private final Set<String> global = new HashSet<>();
  private final List<Range> local = new ArrayList<>();

  private record Range(int start, int end, Set<String> ids) {}

  public Pragmas(ParsedDockerfile parsed) {
    for (String line : parsed.lines()) {
      if (!line.contains("footprint")) {
        continue;
      }
      Matcher m = PRAGMA.matcher(line);
      if (m.matches() && m.group(1) != null) {
        global.addAll(ids(m.group(2)));
      }
    }
    for (Node node : parsed.nodes()) {
      Set<String> ids = new HashSet<>();
      for (String comment : node.comments()) {
        if (!comment.contains("footprint")) {
          continue;
        }
        Matcher m = PRAGMA.matcher("# " + comment);
        if (m.matches() && m.group(1) == null) {
          ids.addAll(ids(m.group(2)));
        }
      }
      if (!ids.isEmpty()) {
        local.add(new Range(node.startLine(), node.endLine(), ids));
      }
    }
  }

  public boolean suppressed(String rule, int line) {
    if (global.contains(rule)) {
      return true;
    }
    return local.stream().anyMatch(r -> r.ids().contains(rule) && line >= r.start() && line <= r.end());
  }

  private static Set<String> ids(String list) {
    Set<String> out = new HashSet<>();
    for (String id : list.split("[,\\s]+")) {
      if (!id.isBlank()) {
        out.add(id.strip().toUpperCase(Locale.ROOT));
      }
    }
    return out;
  }
}
