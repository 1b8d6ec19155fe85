package dev.footprint.analyze;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Findings and the minimal-image estimate of one image. Immutable. */
public record Analysis(
    List<Finding> findings, Optional<MinimalImage> minimalImage, BaseFacts base, List<String> foreignLayers) {

  /** Orders by saving, then severity, then id: the order reports list findings in. */
  public static final Comparator<Finding> RANKING =
      Comparator.comparingLong(Finding::estimatedSavingBytes).reversed()
          .thenComparing(Finding::severity, Comparator.reverseOrder())
          .thenComparing(Finding::id);

  public Analysis {
    findings = findings.stream().sorted(RANKING).toList();
    foreignLayers = List.copyOf(foreignLayers);
  }

  /** Findings that are problems: everything but info-level base-image facts. */
  public List<Finding> problems() {
    return findings.stream()
        .filter(f -> !(f.category() == Category.BASE_IMAGE && f.severity() == Severity.INFO))
        .toList();
  }

  /** Whether any finding is at or above {@code threshold}. */
  public boolean anyAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }

  /**
   * Saving of all findings together. Findings never count the same bytes twice, except the
   * base-image saving (moving to the minimal image), which overlaps all others and is left out.
   */
  public long totalSavingBytes() {
    return findings.stream().filter(f -> f.category() != Category.BASE_IMAGE)
        .mapToLong(Finding::estimatedSavingBytes).sum();
  }
}
