package dev.footprint.analyze.internal.find;

import dev.footprint.analyze.BaseFacts;
import dev.footprint.analyze.internal.collect.LayerFacts;
import dev.footprint.analyze.internal.collect.MergedView;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Base-image facts from the merged view: the OS from os-release, the libc from the loader present
 * (ld-musl-* or ld-linux*), package counts from the dpkg status file (or distroless status.d) and
 * the apk database. Stateless.
 */
public final class BaseFactsReader {
  private BaseFactsReader() {}

  public static BaseFacts read(List<LayerFacts> layers, MergedView view) {
    Optional<String> os = text(layers, view, "etc/os-release").or(() -> text(layers, view, "usr/lib/os-release"))
        .flatMap(BaseFactsReader::prettyName);
    Map<String, Integer> packages = new LinkedHashMap<>();
    text(layers, view, "var/lib/dpkg/status").map(BaseFactsReader::dpkgCount).filter(n -> n > 0)
        .ifPresent(n -> packages.put("dpkg", n));
    if (!packages.containsKey("dpkg")) {
      int statusD = view.children("var/lib/dpkg/status.d").size();
      if (statusD > 0) {
        packages.put("dpkg", statusD);
      }
    }
    text(layers, view, "lib/apk/db/installed").map(t -> count(t, "P:")).filter(n -> n > 0)
        .ifPresent(n -> packages.put("apk", n));
    return new BaseFacts(os, libc(view), packages);
  }

  /** The text kept for {@code key} from the layer whose copy survives in the merged view. */
  static Optional<String> text(List<LayerFacts> layers, MergedView view, String key) {
    return view.get(key).flatMap(n -> Optional.ofNullable(layers.get(n.layer()).texts().get(key)))
        .map(b -> new String(b, StandardCharsets.UTF_8))
        .or(() -> view.get(key).filter(n -> n.record().type() == dev.footprint.image.EntryType.SYMLINK)
            .flatMap(n -> text(layers, view, resolveSibling(key, n.record().linkTarget()))));
  }

  private static String resolveSibling(String key, String target) {
    if (target.startsWith("/")) {
      return target.substring(1);
    }
    String dir = key.contains("/") ? key.substring(0, key.lastIndexOf('/')) : "";
    java.util.Deque<String> parts = new java.util.ArrayDeque<>(dir.isEmpty() ? List.of() : List.of(dir.split("/")));
    for (String p : target.split("/")) {
      if (p.equals("..")) {
        parts.pollLast();
      } else if (!p.isEmpty() && !p.equals(".")) {
        parts.addLast(p);
      }
    }
    return String.join("/", parts);
  }

  static String libc(MergedView view) {
    boolean glibc = false;
    boolean musl = false;
    for (String dir : List.of("lib", "lib64", "usr/lib", "usr/lib64", "lib/x86_64-linux-gnu", "lib/aarch64-linux-gnu",
        "usr/lib/x86_64-linux-gnu", "usr/lib/aarch64-linux-gnu")) {
      for (String name : view.children(dir)) {
        musl |= name.startsWith("ld-musl-");
        glibc |= name.startsWith("ld-linux") && name.contains(".so");
      }
    }
    return glibc ? "glibc" : musl ? "musl" : "none";
  }

  private static Optional<String> prettyName(String osRelease) {
    String name = null;
    for (String line : osRelease.split("\n")) {
      if (line.startsWith("PRETTY_NAME=")) {
        return Optional.of(unquote(line.substring(12)));
      }
      if (line.startsWith("NAME=")) {
        name = unquote(line.substring(5));
      }
    }
    return Optional.ofNullable(name);
  }

  private static String unquote(String v) {
    v = v.strip();
    return v.length() >= 2 && (v.startsWith("\"") || v.startsWith("'")) ? v.substring(1, v.length() - 1) : v;
  }

  private static int dpkgCount(String status) {
    int n = 0;
    for (String stanza : status.split("\n\n")) {
      if (stanza.contains("\nStatus: install ok installed") || stanza.startsWith("Status: install ok installed")) {
        n++;
      }
    }
    return n;
  }

  private static int count(String text, String prefix) {
    int n = 0;
    for (String line : text.split("\n")) {
      if (line.startsWith(prefix)) {
        n++;
      }
    }
    return n;
  }
}
