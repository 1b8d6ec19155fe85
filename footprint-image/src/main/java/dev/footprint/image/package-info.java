/**
 * footprint-image: read any container image from a file or directory, without a daemon.
 *
 * <pre>{@code
 * try (Image image = Images.open(ImageReference.parse("oci:/tmp/app:latest"),
 *     ImageOptions.defaults().withPlatform(Platform.parse("linux/amd64")))) {
 *   ImageConfig config = image.config();            // entrypoint, env, history, diff_ids …
 *   for (Layer layer : image.layers()) {            // base first
 *     LayerDescriptor d = layer.descriptor();       // digest, diffId, compressedSize, mediaType
 *     layer.read((entry, content) -> {              // streamed once, digests checked on the way
 *       if (entry.type() == EntryType.FILE) { content.transferTo(sink); }
 *     });
 *   }
 *   MergedFileSystem fs = MergedFileSystem.of(image, 2);   // whiteouts and opaque dirs applied
 * }
 * }</pre>
 *
 * <p>Thread-safety: value types (records) are immutable; {@link dev.footprint.image.Image} and
 * {@link dev.footprint.image.Layer} are safe to use from several threads (every read opens its
 * own stream; see {@link dev.footprint.image.ParallelLayers}); a {@link
 * dev.footprint.image.LayerVisitor} is called on the reading thread only; {@link
 * dev.footprint.image.MergedFileSystem} is built by one thread and then read-only.
 *
 * <p>Errors: anything wrong with the input (not an image, corrupt or truncated blob, digest
 * mismatch, missing blob, a manifest naming a path outside the image) is a {@link
 * dev.footprint.common.InvalidInputException} whose message names the input and the blob.
 *
 * <p>{@code dev.footprint.image.metrics} measures an image the way {@code inspect} reports it:
 * dive-compatible efficiency ({@code DiveEfficiency}), reclaimable bytes, largest files.
 */
package dev.footprint.image;
