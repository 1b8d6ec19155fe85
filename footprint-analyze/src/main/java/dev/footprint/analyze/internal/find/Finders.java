package dev.footprint.analyze.internal.find;

import java.util.Comparator;
import java.util.List;

/** Every finder, and the order findings are ranked in (saving, then severity). Stateless. */
public final class Finders {
  public static final Comparator<Draft> RANKING = Comparator.comparingLong(Draft::saving).reversed()
      .thenComparing(Draft::severity, Comparator.reverseOrder())
      .thenComparing(Draft::category)
      .thenComparing(Draft::title);

  private static final List<Finder> ALL = List.of(new WastedFinder(), new DuplicateFinder(), new PathCategoryFinder(),
      new BinaryFinder(), new SourceFinder(), new SecretFinder(), new BaseImageFinder(), new LayersFinder(),
      new PathEscapeFinder());

  private Finders() {}

  public static List<Finder> all() {
    return ALL;
  }
}
