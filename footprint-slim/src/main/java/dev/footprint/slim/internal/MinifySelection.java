package dev.footprint.slim.internal;

import dev.footprint.binary.BinaryInfo;
import dev.footprint.binary.Binaries;
import dev.footprint.binary.Libc;
import dev.footprint.binary.LibraryClosure;
import dev.footprint.binary.ResolvedPath;
import dev.footprint.binary.RootPaths;
import dev.footprint.binary.SharedLibraryClosure;
import dev.footprint.common.InvalidInputException;
import dev.footprint.image.ImageConfig;
import dev.footprint.image.MergedFileSystem;
import dev.footprint.image.MergedFileSystem.Node;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a minified image keeps: the entrypoint binary, its shared-library closure through the
 * image's own loader paths and the loader, NSS modules for glibc, CA certificates, zoneinfo when
 * the binary names it, passwd/group/nsswitch.conf, /tmp, the working directory, and every path a
 * {@code --keep} glob names — plus the parent directories of all of them.
 */
public final class MinifySelection {
  private static final Set<String> INTERPRETERS =
      Set.of("sh", "bash", "dash", "ash", "zsh", "busybox", "python", "python3", "node", "java", "ruby", "perl", "php");
  private static final List<String> ALWAYS = List.of(
      "etc/passwd", "etc/group", "etc/nsswitch.conf", "etc/hosts", "etc/resolv.conf", "etc/os-release",
      "etc/localtime", "tmp");
  /** CA bundles as Debian, Alpine and RHEL lay them out; the bundle alone is what TLS clients read. */
  private static final List<String> CA_BUNDLES = List.of(
      "/etc/ssl/certs/ca-certificates.crt", "/etc/ssl/cert.pem", "/etc/pki/tls/certs/ca-bundle.crt",
      "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem");

  private final Set<String> keep = new TreeSet<>();
  private final List<String> notes = new ArrayList<>();

  public Set<String> paths() {
    return keep;
  }

  /** How the selection was made, for the report (binary, libraries found, what was refused). */
  public List<String> notes() {
    return notes;
  }

  public static MinifySelection of(ImageConfig config, MergedFileSystem merged, MergedRootFileSystem root,
      List<PathGlob> keepGlobs) throws IOException, InvalidInputException {
    MinifySelection s = new MinifySelection();
    String argv0 = argv0(config);
    ResolvedPath exe = entrypoint(config, root);
    String name = exe.path().substring(exe.path().lastIndexOf('/') + 1);
    boolean script = startsWithShebang(root, exe.path());
    boolean interpreter = INTERPRETERS.contains(name.replaceAll("[0-9.]+$", "")) || INTERPRETERS.contains(name);
    if ((script || interpreter) && keepGlobs.isEmpty()) {
      throw new InvalidInputException("--minify: the entrypoint " + argv0 + " is "
          + (script ? "a script" : "the interpreter " + name)
          + ", whose needs (the scripts, modules or jars it loads) cannot be seen from its binary;"
          + " name them with --keep GLOB (e.g. --keep '/app/**' --keep '/bin/**') or slim without --minify");
    }
    s.addWithLinks(exe);
    s.notes.add("entrypoint " + exe.path());
    List<String> binaries = new ArrayList<>(List.of(exe.path()));
    if (script) {
      Optional<String> interp = shebangInterpreter(root, exe.path());
      if (interp.isPresent()) {
        Optional<ResolvedPath> ip = RootPaths.resolve(root, interp.get());
        if (ip.isPresent()) {
          s.addWithLinks(ip.get());
          binaries.add(ip.get().path());
        }
      }
    }
    for (Node n : merged.nodes()) {
      for (PathGlob g : keepGlobs) {
        if (g.matches(n.path())) {
          s.keep.add(n.path());
          if (ContentExtractor.closureInput(n.entry()) && !n.entry().isDirectory()) {
            binaries.add("/" + n.path());
          }
        }
      }
    }
    for (String bin : binaries) {
      s.addClosure(root, bin);
    }
    for (String p : ALWAYS) {
      if (merged.get(p).isPresent()) {
        s.keep.add(p);
        merged.under(p).forEach(n -> s.keep.add(n.path()));
      }
    }
    for (String bundle : CA_BUNDLES) {
      Optional<ResolvedPath> ca = RootPaths.resolve(root, bundle);
      if (ca.isPresent()) {
        s.addWithLinks(ca.get());
      }
    }
    if (needsZoneinfo(config, root, exe.path())) {
      merged.under("usr/share/zoneinfo").forEach(n -> s.keep.add(n.path()));
      s.notes.add("zoneinfo kept: TZ is set or the program reads /usr/share/zoneinfo");
    }
    Optional<ResolvedPath> localtime = RootPaths.resolve(root, "/etc/localtime");
    localtime.ifPresent(s::addWithLinks);
    if (!config.workingDir().isEmpty()) {
      s.keep.add(MergedRootFileSystem.rel(config.workingDir()));
    }
    s.addParents(merged);
    return s;
  }

  private void addClosure(MergedRootFileSystem root, String binary) throws IOException, InvalidInputException {
    LibraryClosure closure = SharedLibraryClosure.of(root, binary);
    for (String p : closure.paths()) {
      keep.add(MergedRootFileSystem.rel(p));
    }
    if (!closure.missing().isEmpty()) {
      notes.add("not found in the image: " + String.join(", ", closure.missing()));
    }
    Optional<SeekableByteChannel> ch = root.open(binary);
    if (ch.isEmpty()) {
      return;
    }
    BinaryInfo info;
    try (SeekableByteChannel c = ch.get()) {
      info = Binaries.read(c, binary);
    } catch (InvalidInputException e) {
      return;
    }
    if (info.libc() == Libc.GLIBC) {
      // glibc loads these with dlopen for users, groups and DNS; no DT_NEEDED names them.
      for (var lib : closure.libraries()) {
        if (lib.path().contains("/libc.so")) {
          String dir = lib.path().substring(0, lib.path().lastIndexOf('/'));
          for (String nss : root.list(dir)) {
            if (nss.startsWith("libnss_files") || nss.startsWith("libnss_dns") || nss.startsWith("libresolv")) {
              keep.add(MergedRootFileSystem.rel(dir + "/" + nss));
            }
          }
        }
      }
    }
  }

  private void addWithLinks(ResolvedPath p) {
    keep.add(MergedRootFileSystem.rel(p.path()));
    p.links().forEach(l -> keep.add(MergedRootFileSystem.rel(l)));
  }

  private void addParents(MergedFileSystem merged) {
    for (String p : List.copyOf(keep)) {
      for (int i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) {
        String parent = p.substring(0, i);
        if (merged.get(parent).isPresent()) {
          keep.add(parent);
        }
      }
    }
  }

  /** The entrypoint's file, found from names and links alone (no content needed). */
  public static ResolvedPath entrypoint(ImageConfig config, MergedRootFileSystem root)
      throws IOException, InvalidInputException {
    return findExecutable(argv0(config), config, root);
  }

  private static String argv0(ImageConfig c) throws InvalidInputException {
    List<String> argv = !c.entrypoint().isEmpty() ? c.entrypoint() : c.cmd();
    if (argv.isEmpty() || argv.get(0).isBlank()) {
      throw new InvalidInputException("--minify: the image has no Entrypoint or Cmd to start from");
    }
    return argv.get(0);
  }

  private static ResolvedPath findExecutable(String argv0, ImageConfig c, MergedRootFileSystem root)
      throws IOException, InvalidInputException {
    List<String> candidates = new ArrayList<>();
    if (argv0.contains("/")) {
      String base = c.workingDir().isEmpty() ? "/" : c.workingDir();
      candidates.add(argv0.startsWith("/") ? argv0 : base + "/" + argv0);
    } else {
      String path = c.env().stream().filter(e -> e.startsWith("PATH=")).map(e -> e.substring(5)).findFirst()
          .orElse("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
      for (String dir : path.split(":")) {
        candidates.add(dir + "/" + argv0);
      }
    }
    for (String cand : candidates) {
      Optional<ResolvedPath> p = RootPaths.resolve(root, RootPaths.normalize(cand));
      if (p.isPresent() && root.isFile(p.get().path())) {
        return p.get();
      }
    }
    throw new InvalidInputException("--minify: the entrypoint " + argv0 + " is not in the image");
  }

  private static boolean startsWithShebang(MergedRootFileSystem root, String path) throws IOException {
    return firstLine(root, path).startsWith("#!");
  }

  private static Optional<String> shebangInterpreter(MergedRootFileSystem root, String path) throws IOException {
    String line = firstLine(root, path);
    String[] words = line.substring(2).trim().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(words[0].endsWith("/env") && words.length > 1 ? "/usr/bin/" + words[1] : words[0]);
  }

  private static String firstLine(MergedRootFileSystem root, String path) throws IOException {
    Optional<SeekableByteChannel> ch = root.open(path);
    if (ch.isEmpty()) {
      return "";
    }
    try (InputStream in = Channels.newInputStream(ch.get())) {
      String head = new String(in.readNBytes(256), StandardCharsets.ISO_8859_1);
      int nl = head.indexOf('\n');
      return nl < 0 ? head : head.substring(0, nl);
    }
  }

  /**
   * Every Go program that imports time carries the zoneinfo path whether it loads zones or not,
   * so for Go only TZ in the config counts; C programs name the directory only when they use it.
   */
  private static boolean needsZoneinfo(ImageConfig config, MergedRootFileSystem root, String path)
      throws IOException, InvalidInputException {
    if (config.env().stream().anyMatch(e -> e.startsWith("TZ=") || e.startsWith("ZONEINFO="))) {
      return true;
    }
    Optional<SeekableByteChannel> ch = root.open(path);
    if (ch.isEmpty()) {
      return false;
    }
    try (SeekableByteChannel c = ch.get()) {
      if (Binaries.read(c, path).go().isPresent()) {
        return false;
      }
    } catch (InvalidInputException e) {
      return false;
    }
    return mentionsZoneinfo(root, path);
  }

  /** C programs that load zones name the directory as a string in their read-only data. */
  private static boolean mentionsZoneinfo(MergedRootFileSystem root, String path) throws IOException {
    Optional<SeekableByteChannel> ch = root.open(path);
    if (ch.isEmpty()) {
      return false;
    }
    byte[] needle = "/usr/share/zoneinfo".getBytes(StandardCharsets.US_ASCII);
    try (InputStream in = new java.io.BufferedInputStream(Channels.newInputStream(ch.get()), 1 << 16)) {
      int matched = 0;
      for (int b = in.read(); b >= 0; b = in.read()) {
        matched = b == needle[matched] ? matched + 1 : (b == needle[0] ? 1 : 0);
        if (matched == needle.length) {
          return true;
        }
      }
    }
    return false;
  }
}
