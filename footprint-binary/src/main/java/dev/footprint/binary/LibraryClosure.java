package dev.footprint.binary;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a dynamic ELF needs at run time, as the loader would find it inside the root: the
 * interpreter, every library reached through DT_NEEDED (breadth first), and the names it could not
 * find ({@code "libfoo.so.1 (needed by /usr/bin/x)"}). Libraries loaded with dlopen (NSS, gconv,
 * OpenSSL providers) are invisible to this analysis.
 */
public record LibraryClosure(
    String binary,
    Optional<ResolvedPath> interpreter,
    List<ResolvedLibrary> libraries,
    List<String> missing) {

  public LibraryClosure {
    libraries = List.copyOf(libraries);
    missing = List.copyOf(missing);
  }

  /** True when every needed library and the interpreter were found. */
  public boolean complete() {
    return missing.isEmpty();
  }

  /** Every path to keep for the binary to start: interpreter, libraries and all links passed. */
  public SortedSet<String> paths() {
    SortedSet<String> out = new TreeSet<>();
    interpreter.ifPresent(i -> {
      out.add(i.path());
      out.addAll(i.links());
    });
    for (ResolvedLibrary lib : libraries) {
      out.add(lib.path());
      out.addAll(lib.links());
    }
    return out;
  }
}
