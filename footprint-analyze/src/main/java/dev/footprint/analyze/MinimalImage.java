package dev.footprint.analyze;

import java.util.List;

/**
 * What the image's service needs at run time and its size, computed from the image's files without
 * running it: the entrypoint binary (at its stripped size), its shared-library closure through the
 * image's own loader paths, the loader, CA certificates, tzdata when referenced, passwd/group for
 * the configured user. Immutable.
 *
 * @param entrypoint the resolved entrypoint path, or "" when none could be resolved
 * @param complete false when something needed could not be found or read (see {@code notes})
 */
public record MinimalImage(
    String entrypoint, long estimatedBytes, List<File> files, boolean complete, List<String> notes) {

  /** One file the minimal image keeps, with its (estimated) size and why it is kept. */
  public record File(String path, long bytes, String reason) {}

  public MinimalImage {
    files = List.copyOf(files);
    notes = List.copyOf(notes);
  }
}
