package dev.footprint.analyze.internal.find;

import dev.footprint.analyze.Category;
import dev.footprint.analyze.Severity;
import dev.footprint.analyze.internal.collect.FileRecord;
import dev.footprint.analyze.internal.collect.LayerFacts;
import java.util.ArrayList;
import java.util.List;

/** path-escape: tar entries whose names are absolute or climb with '..' (one finding per layer). */
public final class PathEscapeFinder implements Finder {
  @Override
  public List<Draft> find(AnalysisContext c) {
    List<Draft> out = new ArrayList<>();
    for (LayerFacts l : c.layers()) {
      List<FileRecord> bad = l.records().stream().filter(r -> r.escapesRoot() || r.rawName().startsWith("/")).toList();
      if (bad.isEmpty()) {
        continue;
      }
      out.add(new Draft(Category.PATH_ESCAPE, Severity.ERROR, Draft.layer(l.index()),
          bad.stream().map(FileRecord::rawName).toList(), bad.stream().mapToLong(FileRecord::size).sum(),
          "layer " + l.index() + " has " + bad.size() + " entr" + (bad.size() == 1 ? "y" : "ies")
              + " with absolute or '..' names; a careless extractor writes them outside the root",
          "rebuild the layer with a tool that writes relative names; do not extract it with tools that follow them", 0));
    }
    return out;
  }
}
