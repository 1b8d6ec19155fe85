package dev.footprint.analyze;

import java.util.List;
import java.util.OptionalInt;

/**
 * One thing worth changing in an image, with what it costs and what to do. Immutable.
 *
 * @param id stable within a report: category and a short key (e.g. {@code unstripped-binary:1})
 * @param layer the layer the bytes are in (the adding layer for {@code wasted}); empty for
 *     image-wide findings
 * @param paths absolute paths concerned, most costly first (capped; {@code pathCount} has the total)
 * @param bytes bytes concerned in the image
 * @param title one line saying what was found; never contains a secret's value
 * @param recommendation what to change
 * @param estimatedSavingBytes what following the recommendation would save (0 when nothing or when
 *     counted by another finding)
 */
public record Finding(
    String id,
    Category category,
    Severity severity,
    OptionalInt layer,
    List<String> paths,
    int pathCount,
    long bytes,
    String title,
    String recommendation,
    long estimatedSavingBytes) {

  public Finding {
    paths = List.copyOf(paths);
  }
}
