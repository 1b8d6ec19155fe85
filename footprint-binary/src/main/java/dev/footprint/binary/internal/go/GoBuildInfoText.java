package dev.footprint.binary.internal.go;

import dev.footprint.binary.GoBuildInfo;
import dev.footprint.binary.GoModule;
import dev.footprint.binary.GoSetting;
import dev.footprint.common.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The modinfo text format: parsed the way runtime/debug.ParseBuildInfo reads it, rendered the way
 * BuildInfo.String writes it, so {@code go version -m} output can be reproduced line for line.
 */
public final class GoBuildInfoText {
  private GoBuildInfoText() {}

  public static GoBuildInfo parse(String goVersion, String text, String name)
      throws InvalidInputException {
    String path = "";
    GoModule main = null;
    List<GoModule> deps = new ArrayList<>();
    List<GoSetting> settings = new ArrayList<>();
    // Which module a "=>" line replaces: 0 none, 1 main, 2 the last dep.
    int last = 0;
    int lineNumber = 1;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        break;
      }
      String line = text.substring(start, end);
      start = end + 1;
      String where = name + ": Go build info line " + lineNumber + ": ";
      if (line.startsWith("path\t")) {
        path = line.substring(5);
      } else if (line.startsWith("mod\t")) {
        main = module(line.substring(4), where);
        last = 1;
      } else if (line.startsWith("dep\t")) {
        deps.add(module(line.substring(4), where));
        last = 2;
      } else if (line.startsWith("=>\t")) {
        String[] e = line.substring(3).split("\t", -1);
        if (e.length != 3) {
          throw new InvalidInputException(where + "expected 3 columns for replacement");
        }
        GoModule replacement = new GoModule(e[0], e[1], e[2], Optional.empty());
        if (last == 1) {
          main = withReplacement(main, replacement);
        } else if (last == 2) {
          deps.set(deps.size() - 1, withReplacement(deps.get(deps.size() - 1), replacement));
        } else {
          throw new InvalidInputException(where + "replacement with no module on previous line");
        }
        last = 0;
      } else if (line.startsWith("build\t")) {
        settings.add(setting(line.substring(6), where));
      }
      lineNumber++;
    }
    return new GoBuildInfo(goVersion, path, Optional.ofNullable(main), deps, settings);
  }

  public static String render(GoBuildInfo info) {
    StringBuilder out = new StringBuilder();
    if (!info.goVersion().isEmpty()) {
      out.append("go\t").append(info.goVersion()).append('\n');
    }
    if (!info.path().isEmpty()) {
      out.append("path\t").append(info.path()).append('\n');
    }
    info.main().ifPresent(m -> module(out, "mod", m));
    for (GoModule dep : info.deps()) {
      module(out, "dep", dep);
    }
    for (GoSetting s : info.settings()) {
      String key = quoteKey(s.key()) ? GoQuote.quote(s.key()) : s.key();
      String value = quoteValue(s.value()) ? GoQuote.quote(s.value()) : s.value();
      out.append("build\t").append(key).append('=').append(value).append('\n');
    }
    return out.toString();
  }

  private static void module(StringBuilder out, String word, GoModule m) {
    out.append(word).append('\t').append(m.path()).append('\t').append(m.version());
    if (m.replacement().isEmpty()) {
      out.append('\t').append(m.sum());
    } else {
      out.append('\n');
      module(out, "=>", m.replacement().get());
    }
    out.append('\n');
  }

  private static GoModule withReplacement(GoModule m, GoModule replacement) {
    return new GoModule(m.path(), m.version(), m.sum(), Optional.of(replacement));
  }

  private static GoModule module(String columns, String where) throws InvalidInputException {
    String[] e = columns.split("\t", -1);
    if (e.length != 2 && e.length != 3) {
      throw new InvalidInputException(where + "expected 2 or 3 columns, got " + e.length);
    }
    return new GoModule(e[0], e[1], e.length == 3 ? e[2] : "", Optional.empty());
  }

  private static GoSetting setting(String kv, String where) throws InvalidInputException {
    if (kv.isEmpty()) {
      throw new InvalidInputException(where + "build line missing '='");
    }
    String key;
    String raw;
    char first = kv.charAt(0);
    if (first == '=') {
      throw new InvalidInputException(where + "build line with missing key");
    } else if (first == '"' || first == '`') {
      int n = GoQuote.quotedPrefix(kv);
      if (n < 0 || n == kv.length() || kv.charAt(n) != '=') {
        throw new InvalidInputException(where + "invalid quoted key in build line");
      }
      key = GoQuote.unquote(kv.substring(0, n));
      raw = kv.substring(n + 1);
    } else {
      int eq = kv.indexOf('=');
      if (eq < 0) {
        throw new InvalidInputException(where + "build line missing '=' after key");
      }
      key = kv.substring(0, eq);
      raw = kv.substring(eq + 1);
      if (quoteKey(key)) {
        throw new InvalidInputException(where + "unquoted key must be quoted");
      }
    }
    String value = raw;
    if (!raw.isEmpty() && (raw.charAt(0) == '"' || raw.charAt(0) == '`')) {
      value = GoQuote.unquote(raw);
      if (value == null) {
        throw new InvalidInputException(where + "invalid quoted value in build line");
      }
    } else if (quoteValue(raw)) {
      throw new InvalidInputException(where + "unquoted value must be quoted");
    }
    return new GoSetting(key == null ? "" : key, value);
  }

  private static boolean quoteKey(String key) {
    return key.isEmpty() || containsAny(key, "= \t\r\n\"`");
  }

  private static boolean quoteValue(String value) {
    return containsAny(value, " \t\r\n\"`");
  }

  private static boolean containsAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
