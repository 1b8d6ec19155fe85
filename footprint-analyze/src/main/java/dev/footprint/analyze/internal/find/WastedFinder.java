package dev.footprint.analyze.internal.find;

import dev.footprint.analyze.Category;
import dev.footprint.analyze.Severity;
import dev.footprint.analyze.internal.collect.MergedView.Hidden;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * wasted: file copies a later layer overwrote or deleted. Their bytes still ship in the adding
 * layer. One finding per (adding layer, removing layer) pair.
 */
public final class WastedFinder implements Finder {
  static final long MIN_BYTES = 16 * 1024;
  private static final long MB = 1 << 20;

  private record Pair(int added, int removed) {}

  @Override
  public List<Draft> find(AnalysisContext c) {
    Map<Pair, List<Hidden>> pairs = new TreeMap<>(Comparator.comparingInt(Pair::added).thenComparingInt(Pair::removed));
    for (Hidden h : c.view().hidden()) {
      pairs.computeIfAbsent(new Pair(h.addedLayer(), h.removedLayer()), p -> new ArrayList<>()).add(h);
    }
    List<Draft> out = new ArrayList<>();
    for (Map.Entry<Pair, List<Hidden>> e : pairs.entrySet()) {
      List<Hidden> files = e.getValue();
      long bytes = files.stream().mapToLong(Hidden::bytes).sum();
      if (bytes < MIN_BYTES) {
        continue;
      }
      files.sort(Comparator.comparingLong(Hidden::bytes).reversed().thenComparing(Hidden::path));
      boolean allDeleted = files.stream().allMatch(Hidden::deleted);
      boolean noneDeleted = files.stream().noneMatch(Hidden::deleted);
      String verb = allDeleted ? "deletes" : noneDeleted ? "overwrites" : "overwrites or deletes";
      int added = e.getKey().added();
      int removed = e.getKey().removed();
      String title = "layer " + added + " adds " + FindingText.size(bytes) + " in " + files.size() + " file"
          + (files.size() == 1 ? "" : "s") + " that layer " + removed + " " + verb + "; the bytes still ship in layer " + added;
      String rec = "create and remove these files in the same RUN (or use a build stage or cache mount); layer " + removed
          + " (" + shortCommand(c, removed) + ") only hides them";
      out.add(new Draft(Category.WASTED, bytes >= MB ? Severity.WARNING : Severity.INFO, Draft.layer(added),
          files.stream().map(h -> c.paths().display(h.path())).toList(), bytes, title, rec, bytes));
    }
    return out;
  }

  static String shortCommand(AnalysisContext c, int layer) {
    String cmd = layer < c.createdBy().size() ? c.createdBy().get(layer).strip() : "";
    cmd = cmd.replaceFirst("^/bin/sh -c (#\\(nop\\) *)?", "");
    if (cmd.isEmpty()) {
      return "no history";
    }
    return cmd.length() > 60 ? cmd.substring(0, 57) + "..." : cmd;
  }
}
