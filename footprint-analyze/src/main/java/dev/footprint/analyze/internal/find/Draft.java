package dev.footprint.analyze.internal.find;

import dev.footprint.analyze.Category;
import dev.footprint.analyze.Finding;
import dev.footprint.analyze.Severity;
import java.util.List;
import java.util.OptionalInt;

/** A finding before it gets its id (ids are numbered per category in ranking order). Immutable. */
public record Draft(
    Category category,
    Severity severity,
    OptionalInt layer,
    List<String> paths,
    long bytes,
    String title,
    String recommendation,
    long saving) {

  /** How many paths a finding lists; the total is kept in {@code pathCount}. */
  static final int MAX_PATHS = 20;

  public Draft {
    paths = List.copyOf(paths);
  }

  static OptionalInt layer(int layer) {
    return layer < 0 ? OptionalInt.empty() : OptionalInt.of(layer);
  }

  public Finding withId(String id) {
    List<String> shown = paths.size() > MAX_PATHS ? paths.subList(0, MAX_PATHS) : paths;
    return new Finding(id, category, severity, layer, shown, paths.size(), bytes, title, recommendation, saving);
  }
}
