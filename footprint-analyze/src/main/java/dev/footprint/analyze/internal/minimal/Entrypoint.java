package dev.footprint.analyze.internal.minimal;

import dev.footprint.image.ImageConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The program a container of this image starts: the first word of Entrypoint + Cmd (through
 * {@code sh -c "…"}), and the absolute paths it may be at (PATH search for a bare name).
 * Immutable.
 *
 * @param program the program as written ("" when the config names none)
 * @param candidates absolute paths to try, in PATH order
 */
public record Entrypoint(String program, List<String> candidates) {
  private static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  public Entrypoint {
    candidates = List.copyOf(candidates);
  }

  public static Entrypoint of(ImageConfig config, boolean windows) {
    List<String> argv = new ArrayList<>(config.entrypoint());
    argv.addAll(config.cmd());
    if (argv.isEmpty()) {
      return new Entrypoint("", List.of());
    }
    String program = argv.get(0);
    String base = program.substring(program.lastIndexOf('/') + 1);
    if (argv.size() >= 3 && argv.get(1).equals("-c") && (base.equals("sh") || base.equals("bash") || base.equals("ash"))) {
      String[] words = argv.get(2).strip().split("\\s+");
      program = words.length > 0 && !words[0].isEmpty() && !words[0].equals("exec") ? words[0]
          : words.length > 1 ? words[1] : program;
    }
    if (windows) {
      String p = program.replace('\\', '/').replaceFirst("^[A-Za-z]:", "");
      p = p.startsWith("/") ? p : "/" + p;
      String lower = p.toLowerCase(Locale.ROOT);
      return new Entrypoint(program, List.of("/Files" + p, lower.endsWith(".exe") ? "/Files" + p : "/Files" + p + ".exe"));
    }
    if (program.startsWith("/")) {
      return new Entrypoint(program, List.of(program));
    }
    if (program.contains("/")) {
      String dir = config.workingDir().isEmpty() ? "/" : config.workingDir();
      return new Entrypoint(program, List.of((dir.endsWith("/") ? dir : dir + "/") + program));
    }
    Set<String> out = new LinkedHashSet<>();
    for (String dir : path(config).split(":")) {
      if (dir.startsWith("/")) {
        out.add((dir.endsWith("/") ? dir : dir + "/") + program);
      }
    }
    return new Entrypoint(program, List.copyOf(out));
  }

  private static String path(ImageConfig config) {
    Optional<String> path = config.env().stream().filter(e -> e.startsWith("PATH=")).map(e -> e.substring(5)).findFirst();
    return path.orElse(DEFAULT_PATH);
  }

  /** Rule keys (relative paths, lower case on Windows) the pass should treat as the entrypoint. */
  public Set<String> keys(boolean windows) {
    Set<String> out = new LinkedHashSet<>();
    for (String c : candidates) {
      String rel = c.substring(1);
      out.add(windows ? rel.replaceFirst("^Files/", "").toLowerCase(Locale.ROOT) : rel);
    }
    return out;
  }

  public Set<String> names(boolean windows) {
    Set<String> out = new LinkedHashSet<>();
    for (String k : keys(windows)) {
      out.add(k.substring(k.lastIndexOf('/') + 1));
    }
    return out;
  }
}
