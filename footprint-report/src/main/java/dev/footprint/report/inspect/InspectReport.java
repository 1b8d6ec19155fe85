package dev.footprint.report.inspect;

import dev.footprint.image.Digest;
import dev.footprint.image.ImageConfig;
import dev.footprint.image.metrics.ImageMetrics;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@code footprint inspect} reports, ready for a renderer. Immutable.
 *
 * @param reference the image as the user named it, canonicalised
 * @param verified whether digests were checked
 * @param ci the gate's verdict, when {@code --ci} was given
 */
public record InspectReport(
    String reference,
    Digest imageId,
    Optional<Digest> manifestDigest,
    ImageConfig config,
    ImageMetrics metrics,
    boolean verified,
    List<String> warnings,
    Optional<CiOutcome> ci) {

  public InspectReport {
    warnings = List.copyOf(warnings);
  }
}
