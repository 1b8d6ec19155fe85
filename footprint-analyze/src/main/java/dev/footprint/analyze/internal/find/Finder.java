package dev.footprint.analyze.internal.find;

import java.util.List;

/** One family of findings computed from the collected facts. Implementations are stateless. */
public interface Finder {
  List<Draft> find(AnalysisContext context);
}
