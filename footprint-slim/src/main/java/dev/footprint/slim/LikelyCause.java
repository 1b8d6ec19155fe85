package dev.footprint.slim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the removed file most likely to have broken a slimmed image, from what the failed run
 * printed: the loader's "error while loading shared libraries: X", a shell's "X: not found", or
 * any "No such file or directory" path, matched against the paths slim removed.
 */
public final class LikelyCause {
  private static final List<Pattern> MENTIONS = List.of(
      Pattern.compile("error while loading shared libraries: ([^:\\s]+)"),
      Pattern.compile("(/[^\\s:'\"]+)[:'\"]?\\s*(?::\\s*)?[Nn]o such file or directory"),
      Pattern.compile("open (/[^\\s:]+): no such file or directory"),
      Pattern.compile("([^\\s:'\"]+): not found"),
      Pattern.compile("exec: \"?([^\\s\"]+)\"?: executable file not found"));

  private LikelyCause() {}

  public static Optional<String> of(String log, List<SlimResult.Change> changes) {
    List<String> names = new ArrayList<>();
    for (Pattern p : MENTIONS) {
      Matcher m = p.matcher(log);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    for (String name : names) {
      String base = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
      for (SlimResult.Change c : changes) {
        if (!c.removed()) {
          continue;
        }
        if (c.path().equals(name) || c.path().toLowerCase(Locale.ROOT).endsWith("/" + base)) {
          return Optional.of(c.path() + " (removed by " + c.transformation() + ")");
        }
      }
    }
    return Optional.empty();
  }
}
