package dev.footprint.image;

import java.util.Optional;

/**
 * One {@code history[]} entry of an image config. Entries with {@code emptyLayer} made no layer
 * (ENV, CMD …); the others pair, in order, with the image's layers. Immutable.
 */
public record HistoryEntry(
    Optional<String> created,
    String createdBy,
    Optional<String> comment,
    boolean emptyLayer) {

  public HistoryEntry {
    created = created == null ? Optional.empty() : created;
    createdBy = createdBy == null ? "" : createdBy;
    comment = comment == null ? Optional.empty() : comment;
  }
}
