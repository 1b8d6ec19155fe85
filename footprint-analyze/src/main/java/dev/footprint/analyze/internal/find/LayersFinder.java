package dev.footprint.analyze.internal.find;

import dev.footprint.analyze.Category;
import dev.footprint.analyze.Severity;
import dev.footprint.analyze.internal.collect.FileRecord;
import dev.footprint.analyze.internal.collect.LayerFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** layers: runs of consecutive RUN layers that could be one, layers that add nothing, too many layers. */
public final class LayersFinder implements Finder {
  static final int MANY_LAYERS = 40;

  @Override
  public List<Draft> find(AnalysisContext c) {
    List<Draft> out = new ArrayList<>();
    int n = c.layers().size();
    int start = -1;
    for (int i = 0; i <= n; i++) {
      boolean run = i < n && isRun(i < c.createdBy().size() ? c.createdBy().get(i) : "");
      if (run && start < 0) {
        start = i;
      } else if (!run && start >= 0) {
        if (i - start >= 2) {
          out.add(consecutive(c, start, i - 1));
        }
        start = -1;
      }
    }
    for (LayerFacts l : c.layers()) {
      if (l.fetched() && l.records().stream().allMatch(r -> r.type() == dev.footprint.image.EntryType.DIR && r.size() == 0
          && r.whiteout() == dev.footprint.image.Whiteout.NONE)) {
        out.add(new Draft(Category.LAYERS, Severity.INFO, Draft.layer(l.index()), List.of(), 0,
            "layer " + l.index() + " (" + WastedFinder.shortCommand(c, l.index()) + ") adds no files",
            "drop the instruction or fold it into a neighbouring one; empty layers still cost a pull round trip", 0));
      }
    }
    if (n > MANY_LAYERS) {
      out.add(new Draft(Category.LAYERS, Severity.INFO, Draft.layer(-1), List.of(), 0, n + " layers",
          "merge RUN instructions and use multi-stage builds; overlay file systems slow down with deep stacks", 0));
    }
    return out;
  }

  private static Draft consecutive(AnalysisContext c, int first, int last) {
    long bytes = IntStream.rangeClosed(first, last).mapToLong(i -> c.layers().get(i).records().stream()
        .filter(FileRecord::isFile).mapToLong(FileRecord::size).sum()).sum();
    return new Draft(Category.LAYERS, Severity.INFO, Draft.layer(first), List.of(), bytes,
        (last - first + 1) + " consecutive RUN layers (" + first + "-" + last + ") could be one",
        "join them with && in one RUN so files created and removed in between never reach a layer (the wasted"
            + " findings count what that would save)", 0);
  }

  /** Whether a history command is a RUN (docker, buildah and BuildKit spellings). */
  static boolean isRun(String createdBy) {
    String s = createdBy.strip();
    if (s.contains("#(nop)")) {
      return false;
    }
    return s.startsWith("RUN ") || s.startsWith("/bin/sh -c ") || s.matches("^\\|\\d+ .*/bin/sh -c .*");
  }
}
