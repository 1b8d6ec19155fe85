package dev.footprint.slim;

import dev.footprint.image.write.LayerCompression;
import java.util.List;
import java.util.OptionalInt;

/**
 * What {@link Slimmer} may do. Safe transformations are on by default; minify is opt-in.
 * Immutable; start from {@link #defaults()}.
 *
 * @param strip strip ELF binaries (symbols and debug sections) with the pure-Java stripper
 * @param dropCaches remove package-manager caches and lists, language build caches
 * @param dropDocs remove docs, man and info pages, locales
 * @param dropVcs remove .git, .svn and .hg directories
 * @param keepBase keep this many leading layers byte-identical and squash the rest; empty squashes
 *     everything into one layer
 * @param minify build a new image from the entrypoint's closure instead of the whole file system
 * @param keep glob patterns ({@code /etc/ssl/**}) always kept, whatever the other options say
 * @param compression how the written layers are compressed
 * @param compressionLevel 1 (fastest) to the compression's highest (smallest); empty for its
 *     default (gzip 6, zstd 3)
 * @param epochSecond time stamped on written entries (SOURCE_DATE_EPOCH or the image's created
 *     time), so that output is reproducible
 */
public record SlimOptions(
    boolean strip,
    boolean dropCaches,
    boolean dropDocs,
    boolean dropVcs,
    OptionalInt keepBase,
    boolean minify,
    List<String> keep,
    LayerCompression compression,
    OptionalInt compressionLevel,
    long epochSecond) {

  public SlimOptions {
    keep = List.copyOf(keep);
  }

  /** The level the layers are compressed at. */
  public int level() {
    return compressionLevel.orElse(compression.defaultLevel());
  }

  public static SlimOptions defaults() {
    return new SlimOptions(true, true, true, true, OptionalInt.empty(), false, List.of(), LayerCompression.GZIP, OptionalInt.empty(), 0);
  }

  public SlimOptions withStrip(boolean v) {
    return new SlimOptions(v, dropCaches, dropDocs, dropVcs, keepBase, minify, keep, compression, compressionLevel, epochSecond);
  }

  public SlimOptions withDropCaches(boolean v) {
    return new SlimOptions(strip, v, dropDocs, dropVcs, keepBase, minify, keep, compression, compressionLevel, epochSecond);
  }

  public SlimOptions withDropDocs(boolean v) {
    return new SlimOptions(strip, dropCaches, v, dropVcs, keepBase, minify, keep, compression, compressionLevel, epochSecond);
  }

  public SlimOptions withDropVcs(boolean v) {
    return new SlimOptions(strip, dropCaches, dropDocs, v, keepBase, minify, keep, compression, compressionLevel, epochSecond);
  }

  public SlimOptions withKeepBase(OptionalInt v) {
    return new SlimOptions(strip, dropCaches, dropDocs, dropVcs, v, minify, keep, compression, compressionLevel, epochSecond);
  }

  public SlimOptions withMinify(boolean v) {
    return new SlimOptions(strip, dropCaches, dropDocs, dropVcs, keepBase, v, keep, compression, compressionLevel, epochSecond);
  }

  public SlimOptions withKeep(List<String> v) {
    return new SlimOptions(strip, dropCaches, dropDocs, dropVcs, keepBase, minify, v, compression, compressionLevel, epochSecond);
  }

  public SlimOptions withCompression(LayerCompression v) {
    return new SlimOptions(strip, dropCaches, dropDocs, dropVcs, keepBase, minify, keep, v, compressionLevel, epochSecond);
  }

  public SlimOptions withCompressionLevel(OptionalInt v) {
    return new SlimOptions(strip, dropCaches, dropDocs, dropVcs, keepBase, minify, keep, compression, v, epochSecond);
  }

  public SlimOptions withEpochSecond(long v) {
    return new SlimOptions(strip, dropCaches, dropDocs, dropVcs, keepBase, minify, keep, compression, compressionLevel, v);
  }
}
