package dev.footprint.image.internal.source;

import dev.footprint.common.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The files of an image source by relative name ({@code manifest.json},
 * {@code blobs/sha256/…}), whether they live in a directory or inside a tar. Thread-safe: every
 * {@link #open} gets its own channel.
 */
public interface BlobFiles {

  /** The source as the user named it, for messages. */
  String describe();

  /**
   * Finds {@code name} (relative, '/'-separated). Names that would leave the source are refused,
   * not looked up.
   */
  Optional<FileRegion> find(String name) throws InvalidInputException, IOException;

  /** Opens a region for reading; the caller closes the stream. */
  default InputStream open(FileRegion region) throws IOException {
    FileChannel channel = FileChannel.open(region.file(), StandardOpenOption.READ);
    channel.position(region.offset());
    return new BoundedInputStream(Channels.newInputStream(channel), region.size(), channel);
  }

  /** Reads a small region (JSON) whole; refuses anything over {@code limit} bytes. */
  default byte[] readSmall(FileRegion region, int limit) throws IOException, InvalidInputException {
    if (region.size() > limit) {
      throw new InvalidInputException(
          describe() + ": " + region.name() + " is " + region.size() + " bytes, too large for metadata");
    }
    try (InputStream in = open(region)) {
      byte[] data = in.readAllBytes();
      if (data.length != region.size()) {
        throw new InvalidInputException(describe() + ": " + region.name() + " is truncated");
      }
      return data;
    }
  }

  /**
   * Normalises a relative name; refuses absolute names and '..' that climbs out of the source,
   * because a manifest must never make footprint read outside the image.
   */
  static String normalise(String source, String name) throws InvalidInputException {
    String n = name.replace('\\', '/');
    if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
      throw new InvalidInputException(source + ": path traversal: '" + name + "' is absolute");
    }
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    for (String part : n.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          throw new InvalidInputException(
              source + ": path traversal: '" + name + "' points outside the image");
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }
}
