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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Walks an OCI image layout (directory or archive): {@code index.json}, nested indexes, one
 * manifest chosen by tag and platform, its config and layers. Stateless.
 */
final class OciLayoutReader {
  private static final int MAX_DEPTH = 8;
  private static final String REF_NAME = "org.opencontainers.image.ref.name";

  private OciLayoutReader() {}

  /** A manifest reachable from the index, with what is known about it before reading it. */
  private record Candidate(Digest digest, Platform platform, String tag) {}

  static ResolvedImage read(JsonBlobs blobs, Optional<String> tag, Optional<Platform> wanted)
      throws IOException, InvalidInputException {
    String where = blobs.files().describe();
    JsonNode index = blobs.read("index.json", "OCI index").json();
    JsonNode manifests = index == null ? null : index.get("manifests");
    if (manifests == null || manifests.isNull()) {
      throw new InvalidInputException(where + ": index.json has \"manifests\": null, so it names no image (a Docker 25 save by digest?)");
    }
    if (!manifests.isArray() || manifests.isEmpty()) {
      throw new InvalidInputException(where + ": index.json lists no images");
    }
    List<String> warnings = new ArrayList<>();
    List<Candidate> all = new ArrayList<>();
    collect(blobs, manifests, "", 0, all, warnings);
    List<Candidate> tagged = all;
    if (tag.isPresent()) {
      tagged = all.stream().filter(c -> c.tag.equals(tag.get()) || c.tag.endsWith(":" + tag.get())).toList();
      if (tagged.isEmpty()) {
        Set<String> tags = all.stream().map(Candidate::tag).filter(t -> !t.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        throw new InvalidInputException(where + ": no image tagged '" + tag.get() + "'; tags: " + (tags.isEmpty() ? "(none)" : String.join(", ", tags)));
      }
    }
    List<Candidate> withPlatform = new ArrayList<>();
    for (Candidate c : tagged) {
      withPlatform.add(c.platform.isUnknown() && tagged.size() > 1 ? fillPlatform(blobs, c) : c);
    }
    List<Candidate> real = withPlatform.stream().filter(c -> !c.platform.isUnknown()).toList();
    if (real.isEmpty()) {
      real = withPlatform;
    }
    real = dedupe(real);
    Candidate chosen = PlatformChooser.choose(real, Candidate::platform, wanted, where);
    List<Candidate> alike = real.stream().filter(c -> c.platform.equals(chosen.platform)).toList();
    if (alike.size() > 1) {
      Set<String> tags = alike.stream().map(c -> c.tag.isEmpty() ? c.digest.shortHex() : c.tag)
          .collect(Collectors.toCollection(LinkedHashSet::new));
      throw new InvalidInputException(where + ": the layout holds " + alike.size() + " different images for "
          + chosen.platform + "; choose one with oci:DIR:TAG (tags: " + String.join(", ", tags) + ")");
    }
    List<Platform> others = real.stream().filter(c -> c != chosen).map(Candidate::platform).distinct().toList();
    return readManifest(blobs, chosen.digest, others, warnings);
  }

  /** The same manifest reached twice (by two tags, or via a nested index) is one image. */
  private static List<Candidate> dedupe(List<Candidate> in) {
    List<Candidate> out = new ArrayList<>();
    Set<Digest> seen = new java.util.HashSet<>();
    for (Candidate c : in) {
      if (seen.add(c.digest)) {
        out.add(c);
      }
    }
    return out;
  }

  private static void collect(JsonBlobs blobs, JsonNode descriptors, String tag, int depth, List<Candidate> out, List<String> warnings)
      throws IOException, InvalidInputException {
    String where = blobs.files().describe();
    if (depth > MAX_DEPTH) {
      throw new InvalidInputException(where + ": indexes nested more than " + MAX_DEPTH + " deep");
    }
    for (JsonNode d : descriptors) {
      Digest digest = Digest.parse(JsonBlobs.text(d, "digest"));
      String mediaType = JsonBlobs.text(d, "mediaType");
      String ref = depth == 0 ? JsonBlobs.text(d.path("annotations"), REF_NAME) : tag;
      if (ref.isEmpty() && depth == 0) {
        ref = JsonBlobs.text(d.path("annotations"), "io.containerd.image.name");
      }
      if (MediaTypes.isIndex(mediaType)) {
        JsonNode nested = blobs.readBlob(digest, "image index").json();
        collect(blobs, nested.path("manifests"), ref, depth + 1, out, warnings);
      } else if (MediaTypes.isManifest(mediaType) || mediaType.isEmpty()) {
        JsonNode p = d.get("platform");
        Platform platform = p == null ? new Platform("", "", "")
            : new Platform(JsonBlobs.text(p, "os"), JsonBlobs.text(p, "architecture"), JsonBlobs.text(p, "variant"));
        out.add(new Candidate(digest, platform, ref));
      } else {
        warnings.add("ignored index entry " + digest + " of media type " + mediaType);
      }
    }
    if (depth == 0 && out.isEmpty()) {
      throw new InvalidInputException(where + ": index.json names no image manifest (" + String.join("; ", warnings) + ")");
    }
  }

  private static Candidate fillPlatform(JsonBlobs blobs, Candidate c) throws IOException, InvalidInputException {
    JsonNode m = blobs.readBlob(c.digest, "image manifest").json();
    JsonNode cfg = m.path("config");
    if (!MediaTypes.isConfig(JsonBlobs.text(cfg, "mediaType"))) {
      return c;
    }
    JsonNode config = blobs.readBlob(Digest.parse(JsonBlobs.text(cfg, "digest")), "image config").json();
    return new Candidate(c.digest,
        new Platform(JsonBlobs.text(config, "os"), JsonBlobs.text(config, "architecture"), JsonBlobs.text(config, "variant")), c.tag);
  }

  private static ResolvedImage readManifest(JsonBlobs blobs, Digest digest, List<Platform> others, List<String> warnings)
      throws IOException, InvalidInputException {
    String where = blobs.files().describe();
    JsonNode m = blobs.readBlob(digest, "image manifest").json();
    JsonNode cfg = m.get("config");
    if (cfg == null || !cfg.isObject()) {
      throw new InvalidInputException(where + ": manifest " + digest + " has no config");
    }
    String cfgType = JsonBlobs.text(cfg, "mediaType");
    if (!cfgType.isEmpty() && !MediaTypes.isConfig(cfgType)) {
      throw new InvalidInputException(where + ": manifest " + digest + " is not a container image (config type " + cfgType + ")");
    }
    Digest configDigest = Digest.parse(JsonBlobs.text(cfg, "digest"));
    ImageConfig config = ConfigParser.parse(blobs.readBlob(configDigest, "image config").json(), where + ": config " + configDigest);
    JsonNode layers = m.path("layers");
    List<ResolvedLayer> out = new ArrayList<>();
    for (JsonNode l : layers) {
      Digest ld = Digest.parse(JsonBlobs.text(l, "digest"));
      String type = JsonBlobs.text(l, "mediaType");
      FileRegion region = blobs.files().find(JsonBlobs.blobPath(ld))
          .orElseThrow(() -> new InvalidInputException(where + ": missing blob " + ld + " (layer " + out.size() + ")"));
      out.add(new ResolvedLayer(region, Optional.of(ld), type));
    }
    if (out.size() != config.diffIds().size()) {
      throw new InvalidInputException(
          where + ": manifest lists " + out.size() + " layers but the config has " + config.diffIds().size() + " diff_ids");
    }
    return new ResolvedImage(Optional.of(digest), configDigest, config, out, others, warnings);
  }
}
