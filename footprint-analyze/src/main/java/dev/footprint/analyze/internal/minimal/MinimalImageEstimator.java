package dev.footprint.analyze.internal.minimal;

import dev.footprint.analyze.MinimalImage;
import dev.footprint.analyze.internal.collect.LayerFacts;
import dev.footprint.analyze.internal.collect.SpooledBinary;
import dev.footprint.binary.LibraryClosure;
import dev.footprint.binary.ResolvedPath;
import dev.footprint.binary.RootPaths;
import dev.footprint.binary.SharedLibraryClosure;
import dev.footprint.common.InvalidInputException;
import dev.footprint.image.ImageConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Estimates the smallest image that still starts the entrypoint, from the image's files alone:
 * the entrypoint at its stripped size, its library closure through the image's own loader
 * paths, the loader, CA certificates, tzdata when TZ names a zone, passwd/group when a user is
 * configured. Symlinks passed on the way are kept (they cost no content bytes). Not thread-safe.
 */
public final class MinimalImageEstimator {
  /** Where Go's crypto/x509 and OpenSSL look for the CA bundle, in Go's order. */
  private static final List<String> CA_BUNDLES = List.of("/etc/ssl/certs/ca-certificates.crt",
      "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/ca-bundle.pem", "/etc/pki/tls/cacert.pem",
      "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem", "/etc/ssl/cert.pem");

  private final MergedRoot root;
  private final ImageConfig config;
  private final boolean windows;
  private final Map<String, MinimalImage.File> files = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  private boolean complete = true;

  public MinimalImageEstimator(MergedRoot root, ImageConfig config, boolean windows) {
    this.root = root;
    this.config = config;
    this.windows = windows;
  }

  /** The estimate, and the entrypoint's facts when it is a binary the pass read. */
  public record Result(MinimalImage image, Optional<SpooledBinary> entrypoint) {}

  public Optional<Result> estimate(Entrypoint entrypoint, List<LayerFacts> layers) throws IOException {
    if (entrypoint.program().isEmpty()) {
      return Optional.empty();
    }
    Optional<ResolvedPath> found = Optional.empty();
    for (String candidate : entrypoint.candidates()) {
      found = RootPaths.resolve(root, candidate).filter(p -> root.size(p.path()) > 0);
      if (found.isPresent()) {
        break;
      }
    }
    if (found.isEmpty()) {
      return Optional.of(new Result(new MinimalImage("", 0, List.of(), false,
          List.of("entrypoint " + entrypoint.program() + " not found in the image")), Optional.empty()));
    }
    String path = found.get().path();
    links(found.get(), "entrypoint link");
    Optional<SpooledBinary> binary = root.binary(path);
    if (binary.isPresent()) {
      long size = binary.get().info().fileSize() - binary.get().info().strippableBytes();
      add(path, size, "entrypoint (stripped size)");
      if (!windows) {
        closure(path);
      }
    } else {
      add(path, root.size(path), "entrypoint");
      if (!windows) {
        interpreter(path, layers);
      }
    }
    support();
    long total = files.values().stream().mapToLong(MinimalImage.File::bytes).sum();
    return Optional.of(new Result(new MinimalImage(path, total, List.copyOf(files.values()), complete, notes), binary));
  }

  private void closure(String binaryPath) throws IOException {
    LibraryClosure closure;
    try {
      closure = SharedLibraryClosure.of(root, binaryPath);
    } catch (InvalidInputException e) {
      complete = false;
      notes.add("library closure of " + binaryPath + " unreadable: " + e.getMessage());
      return;
    }
    closure.interpreter().ifPresent(i -> {
      links(i, "loader link");
      add(i.path(), root.size(i.path()), "loader");
    });
    closure.libraries().forEach(lib -> {
      lib.links().forEach(l -> add(l, 0, "library link"));
      add(lib.path(), root.size(lib.path()), "library " + lib.name());
    });
    if (!closure.complete()) {
      complete = false;
      notes.add("not found: " + String.join(", ", closure.missing()));
    }
  }

  /** A script's #! interpreter and its closure. */
  private void interpreter(String script, List<LayerFacts> layers) throws IOException {
    byte[] head = null;
    for (LayerFacts l : layers) {
      head = l.heads().getOrDefault(script.substring(1), head);
    }
    if (head == null || head.length < 2 || head[0] != '#' || head[1] != '!') {
      notes.add("entrypoint " + script + " is neither a binary nor a #! script footprint could read");
      complete = false;
      return;
    }
    String line = new String(head, StandardCharsets.UTF_8).lines().findFirst().orElse("").substring(2).strip();
    String[] words = line.split("\\s+");
    String interp = words[0].endsWith("/env") && words.length > 1 ? "/usr/bin/" + words[1] : words[0];
    Optional<ResolvedPath> resolved = RootPaths.resolve(root, interp).filter(p -> root.size(p.path()) > 0);
    if (resolved.isEmpty()) {
      notes.add("script interpreter " + interp + " not found");
      complete = false;
      return;
    }
    links(resolved.get(), "interpreter link");
    String path = resolved.get().path();
    Optional<SpooledBinary> b = root.binary(path);
    add(path, b.map(x -> x.info().fileSize() - x.info().strippableBytes()).orElse(root.size(path)), "script interpreter");
    closure(path);
  }

  private void support() throws IOException {
    for (String bundle : CA_BUNDLES) {
      Optional<ResolvedPath> ca = RootPaths.resolve(root, bundle).filter(p -> root.size(p.path()) > 0);
      if (ca.isPresent()) {
        links(ca.get(), "CA certificates link");
        add(ca.get().path(), root.size(ca.get().path()), "CA certificates");
        break;
      }
    }
    config.env().stream().filter(e -> e.startsWith("TZ=") && e.length() > 3).findFirst().ifPresent(tz -> {
      String zone = tz.substring(3).replaceFirst("^:", "");
      String file = zone.startsWith("/") ? zone : "/usr/share/zoneinfo/" + zone;
      try {
        RootPaths.resolve(root, file).ifPresentOrElse(z -> {
          links(z, "tzdata link");
          add(z.path(), root.size(z.path()), "tzdata for TZ=" + zone);
        }, () -> notes.add("TZ=" + zone + " but " + file + " is not in the image"));
      } catch (IOException e) {
        notes.add("tzdata unreadable: " + e.getMessage());
      }
    });
    String user = config.user().split(":")[0];
    if (!user.isEmpty() && !user.equals("0") && !user.equals("root")) {
      for (String f : List.of("/etc/passwd", "/etc/group")) {
        Optional<ResolvedPath> p = RootPaths.resolve(root, f);
        if (p.isPresent()) {
          add(p.get().path(), root.size(p.get().path()), "user " + config.user());
        } else if (!user.matches("\\d+")) {
          complete = false;
          notes.add("user " + user + " is a name but " + f + " is missing");
        }
      }
    }
  }

  private void links(ResolvedPath p, String reason) {
    p.links().forEach(l -> add(l, 0, reason));
  }

  private void add(String path, long bytes, String reason) {
    files.putIfAbsent(path, new MinimalImage.File(path, bytes, reason));
  }
}
