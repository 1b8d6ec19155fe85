package dev.footprint.image.internal.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.common.InvalidInputException;
import dev.footprint.image.Digest;
import dev.footprint.image.ImageConfig;
import dev.footprint.image.Platform;
import dev.footprint.image.internal.format.ResolvedImage.ResolvedLayer;
import dev.footprint.image.internal.source.FileRegion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code docker save} archive through its {@code manifest.json} (legacy layout, Docker
 * 25+ OCI-in-archive and kaniko/ggcr tarballs alike). Stateless.
 */
final class DockerArchiveReader {
  static final String DOCKER_LAYER = "application/vnd.docker.image.rootfs.diff.tar";

  private DockerArchiveReader() {}

  static ResolvedImage read(JsonBlobs blobs, Optional<String> selector) throws IOException, InvalidInputException {
    String where = blobs.files().describe();
    JsonNode manifest = blobs.read("manifest.json", "manifest").json();
    if (manifest == null || manifest.isNull()) {
      throw new InvalidInputException(where + ": manifest.json is null: the archive names no image");
    }
    if (!manifest.isArray() || manifest.isEmpty()) {
      throw new InvalidInputException(where + ": manifest.json lists no images");
    }
    JsonNode entry = choose(manifest, selector, where);
    String configPath = JsonBlobs.text(entry, "Config");
    if (configPath.isEmpty()) {
      throw new InvalidInputException(where + ": manifest.json entry has no Config");
    }
    JsonBlobs.Doc configDoc = blobs.read(configPath, "image config");
    // Only blobs/sha256/<hex> names are content addresses; <id>.json names need not match.
    Optional<Digest> named = digestInName(configPath);
    if (named.isPresent() && blobs.verifying() && !named.get().equals(configDoc.digest())) {
      throw new InvalidInputException(
          where + ": config " + configPath + " digest mismatch: content hashes to " + configDoc.digest()
              + " (--no-verify skips this check)");
    }
    ImageConfig config = ConfigParser.parse(configDoc.json(), where + ": " + configPath);
    JsonNode layerPaths = entry.get("Layers");
    if (layerPaths == null || !layerPaths.isArray()) {
      throw new InvalidInputException(where + ": manifest.json entry has no Layers");
    }
    if (layerPaths.size() != config.diffIds().size()) {
      throw new InvalidInputException(
          where + ": manifest lists " + layerPaths.size() + " layers but the config has "
              + config.diffIds().size() + " diff_ids");
    }
    List<ResolvedLayer> layers = new ArrayList<>();
    JsonNode sources = entry.get("LayerSources");
    for (int i = 0; i < layerPaths.size(); i++) {
      String path = layerPaths.get(i).asText();
      FileRegion region =
          blobs.files().find(path)
              .orElseThrow(() -> new InvalidInputException(where + ": missing blob '" + path + "' (layer listed in manifest.json)"));
      String mediaType = DOCKER_LAYER;
      JsonNode source = sources == null ? null : sources.get(config.diffIds().get(i).toString());
      if (source != null && !JsonBlobs.text(source, "mediaType").isEmpty()) {
        mediaType = JsonBlobs.text(source, "mediaType");
      }
      layers.add(new ResolvedLayer(region, digestInName(path), mediaType));
    }
    List<Platform> others = new ArrayList<>();
    return new ResolvedImage(Optional.empty(), configDoc.digest(), config, layers, others, List.of());
  }

  private static JsonNode choose(JsonNode manifest, Optional<String> selector, String where)
      throws InvalidInputException {
    if (selector.isPresent()) {
      String s = selector.get();
      if (s.startsWith("@")) {
        int n;
        try {
          n = Integer.parseInt(s.substring(1));
        } catch (NumberFormatException e) {
          throw new InvalidInputException(where + ": '" + s + "' is not an image index like @0");
        }
        if (n < 0 || n >= manifest.size()) {
          throw new InvalidInputException(where + ": no image " + s + " (the archive has " + manifest.size() + ")");
        }
        return manifest.get(n);
      }
      for (JsonNode e : manifest) {
        for (JsonNode tag : e.path("RepoTags")) {
          if (sameName(tag.asText(), s)) {
            return e;
          }
        }
      }
      throw new InvalidInputException(where + ": no image tagged '" + s + "'; it has " + tags(manifest));
    }
    if (manifest.size() > 1) {
      throw new InvalidInputException(
          where + ": the archive holds " + manifest.size() + " images; choose one with docker-archive:FILE:NAME:TAG or :@N; tags: "
              + tags(manifest));
    }
    return manifest.get(0);
  }

  private static boolean sameName(String tag, String wanted) {
    return tag.equals(wanted) || strip(tag).equals(strip(wanted));
  }

  private static String strip(String name) {
    return name.replaceFirst("^(docker\\.io/)?(library/)?", "");
  }

  private static String tags(JsonNode manifest) {
    List<String> out = new ArrayList<>();
    int i = 0;
    for (JsonNode e : manifest) {
      List<String> t = new ArrayList<>();
      e.path("RepoTags").forEach(x -> t.add(x.asText()));
      out.add("@" + i++ + (t.isEmpty() ? "" : " " + String.join(",", t)));
    }
    return String.join("; ", out);
  }

  static Optional<Digest> digestInName(String path) {
    String n = path.startsWith("./") ? path.substring(2) : path;
    if (n.startsWith("blobs/sha256/")) {
      String hex = n.substring("blobs/sha256/".length());
      if (hex.matches("[a-f0-9]{64}")) {
        return Optional.of(new Digest("sha256", hex));
      }
    }
    return Optional.empty();
  }
}
