package dev.footprint.binary.internal.closure;

import dev.footprint.binary.BinaryFormat;
import dev.footprint.binary.BinaryInfo;
import dev.footprint.binary.Binaries;
import dev.footprint.binary.LibraryClosure;
import dev.footprint.binary.ResolvedLibrary;
import dev.footprint.binary.ResolvedPath;
import dev.footprint.binary.RootFileSystem;
import dev.footprint.binary.RootPaths;
import dev.footprint.common.InvalidInputException;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Breadth-first walk of DT_NEEDED from one binary, resolving each name like ld.so. */
public final class ClosureWalker {
  private final RootFileSystem fs;

  public ClosureWalker(RootFileSystem fs) {
    this.fs = fs;
  }

  private record Loaded(String path, BinaryInfo info) {}

  public LibraryClosure walk(String binaryPath) throws IOException, InvalidInputException {
    String abs = RootPaths.normalize(binaryPath);
    Optional<ResolvedPath> where = RootPaths.resolve(fs, abs);
    if (where.isEmpty() || !fs.exists(where.get().path())) {
      throw new InvalidInputException(abs + ": no such file in the root");
    }
    Optional<BinaryInfo> exe = load(where.get().path());
    if (exe.isEmpty() || exe.get().format() != BinaryFormat.ELF) {
      return new LibraryClosure(abs, Optional.empty(), List.of(), List.of());
    }
    BinaryInfo info = exe.get();
    List<String> missing = new ArrayList<>();
    Map<String, String> loadedByName = new HashMap<>();
    Optional<ResolvedPath> interp = Optional.empty();
    if (info.interpreter().isPresent()) {
      String loader = info.interpreter().get();
      interp = RootPaths.resolve(fs, loader);
      if (interp.isEmpty()) {
        missing.add(loader + " (interpreter of " + abs + ")");
      } else {
        loadedByName.put(loader.substring(loader.lastIndexOf('/') + 1), interp.get().path());
      }
    }
    List<String> system = SearchPath.system(fs, info);
    List<ResolvedLibrary> libraries = new ArrayList<>();
    Deque<Loaded> queue = new ArrayDeque<>();
    queue.add(new Loaded(where.get().path(), info));
    while (!queue.isEmpty()) {
      Loaded object = queue.poll();
      for (String name : object.info().needed()) {
        if (loadedByName.containsKey(name)) {
          continue;
        }
        Optional<Found> found = find(name, object, info, where.get().path(), system);
        if (found.isEmpty()) {
          missing.add(name + " (needed by " + object.path() + ")");
          loadedByName.put(name, "");
          continue;
        }
        Found f = found.get();
        loadedByName.put(name, f.resolved().path());
        libraries.add(new ResolvedLibrary(name, object.path(), f.resolved().path(), linksOf(f)));
        queue.add(new Loaded(f.resolved().path(), f.info()));
      }
    }
    return new LibraryClosure(abs, interp, libraries, missing);
  }

  private record Found(String candidate, ResolvedPath resolved, BinaryInfo info) {}

  private static List<String> linksOf(Found f) {
    return f.resolved().links();
  }

  private Optional<Found> find(String name, Loaded object, BinaryInfo exe, String exePath,
      List<String> system) throws IOException {
    if (name.contains("/")) {
      return candidate(name.startsWith("/") ? name : RootPaths.parent(exePath) + "/" + name, exe);
    }
    List<String> dirs = new ArrayList<>();
    if (object.info().runpath().isEmpty()) {
      dirs.addAll(expand(object.info().rpath(), object.path(), exe));
      if (!object.path().equals(exePath) && exe.runpath().isEmpty()) {
        dirs.addAll(expand(exe.rpath(), exePath, exe));
      }
    }
    dirs.addAll(expand(object.info().runpath(), object.path(), exe));
    dirs.addAll(system);
    for (String dir : dirs) {
      Optional<Found> f = candidate(dir + "/" + name, exe);
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }

  private static List<String> expand(List<String> dirs, String origin, BinaryInfo exe) {
    List<String> out = new ArrayList<>();
    String originDir = RootPaths.parent(origin);
    for (String d : dirs) {
      String e = d.replace("${ORIGIN}", originDir).replace("$ORIGIN", originDir)
          .replace("${LIB}", "lib").replace("$LIB", "lib")
          .replace("${PLATFORM}", SearchPath.platform(exe.arch()))
          .replace("$PLATFORM", SearchPath.platform(exe.arch()));
      if (e.startsWith("/")) {
        out.add(RootPaths.normalize(e));
      }
    }
    return out;
  }

  /** A candidate counts only if it is an ELF of the executable's class and machine. */
  private Optional<Found> candidate(String path, BinaryInfo exe) throws IOException {
    Optional<ResolvedPath> resolved = RootPaths.resolve(fs, RootPaths.normalize(path));
    if (resolved.isEmpty()) {
      return Optional.empty();
    }
    Optional<BinaryInfo> info = load(resolved.get().path());
    if (info.isEmpty() || info.get().format() != BinaryFormat.ELF
        || info.get().bits() != exe.bits() || !info.get().arch().equals(exe.arch())) {
      return Optional.empty();
    }
    return Optional.of(new Found(path, resolved.get(), info.get()));
  }

  private Optional<BinaryInfo> load(String path) throws IOException {
    Optional<SeekableByteChannel> channel = fs.open(path);
    if (channel.isEmpty()) {
      return Optional.empty();
    }
    try (SeekableByteChannel c = channel.get()) {
      return Optional.of(Binaries.read(c, path));
    } catch (InvalidInputException notElf) {
      return Optional.empty();
    }
  }
}
