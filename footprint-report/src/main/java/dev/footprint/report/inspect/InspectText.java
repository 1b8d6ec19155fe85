package dev.footprint.report.inspect;

import dev.footprint.image.ImageConfig;
import dev.footprint.image.metrics.DiveResult;
import dev.footprint.image.metrics.ImageMetrics;
import dev.footprint.image.metrics.InefficientPath;
import dev.footprint.image.metrics.LayerStats;
import dev.footprint.image.metrics.PathSize;
import dev.footprint.report.HumanSize;
import dev.footprint.report.Style;
import dev.footprint.report.TextTable;
import java.util.List;
import java.util.Locale;

/** Renders an {@link InspectReport} as aligned text for people. Stateless. */
public final class InspectText {
  private static final int COMMAND_WIDTH = 72;
  private static final int MAX_PATHS = 10;

  private InspectText() {}

  public static String render(InspectReport r, Style style) {
    StringBuilder out = new StringBuilder();
    summary(out, r, style);
    layers(out, r.metrics(), style);
    largest(out, "Largest files", r.metrics().largestFiles(), style);
    largest(out, "Largest directories", r.metrics().largestDirectories(), style);
    efficiency(out, r.metrics(), style);
    for (String w : r.warnings()) {
      out.append(style.yellow("warning: ")).append(w).append('\n');
    }
    r.ci().ifPresent(ci -> ci(out, ci, style));
    return out.toString();
  }

  private static void summary(StringBuilder out, InspectReport r, Style style) {
    ImageConfig c = r.config();
    ImageMetrics m = r.metrics();
    out.append(style.bold("Image")).append("  ").append(r.reference()).append('\n');
    TextTable t = TextTable.of("", "");
    t.row("  Platform", c.platform());
    t.row("  Id", r.imageId().toString().substring(0, Math.min(19, r.imageId().toString().length())));
    t.row("  Created", c.created().orElse("-"));
    t.row("  Size", HumanSize.format(m.sizeBytes()) + " (" + HumanSize.format(m.compressedSizeBytes()) + " compressed)");
    t.row("  Layers", m.layerCount());
    t.row("  Files", m.fileCount());
    t.row("  Entrypoint", orDash(c.entrypoint()));
    t.row("  Cmd", orDash(c.cmd()));
    t.row("  User", c.user().isEmpty() ? "(root)" : c.user());
    t.row("  Workdir", c.workingDir().isEmpty() ? "-" : c.workingDir());
    t.row("  Ports", c.exposedPorts().isEmpty() ? "-" : String.join(", ", c.exposedPorts()));
    t.row("  Env", c.envNames().isEmpty() ? "-" : String.join(", ", c.envNames()));
    t.row("  Verified", r.verified() ? "digests checked" : style.yellow("not checked (--no-verify)"));
    out.append(skipHeader(t.render())).append('\n');
  }

  private static void layers(StringBuilder out, ImageMetrics m, Style style) {
    out.append(style.bold("Layers")).append('\n');
    TextTable t = TextTable.of(">#", "DIFF ID", ">SIZE", ">COMPRESSED", ">FILES", "CREATED BY");
    for (LayerStats l : m.layers()) {
      t.row(l.descriptor().index(), l.descriptor().diffId().shortHex(), HumanSize.format(l.sizeBytes()),
          HumanSize.format(l.descriptor().compressedSize()), l.entries(), command(l.createdBy()));
    }
    out.append(t.render()).append('\n');
  }

  private static void largest(StringBuilder out, String title, List<PathSize> paths, Style style) {
    if (paths.isEmpty()) {
      return;
    }
    out.append(style.bold(title)).append('\n');
    TextTable t = TextTable.of(">SIZE", ">LAYER", "PATH");
    paths.stream().limit(MAX_PATHS).forEach(p -> t.row(HumanSize.format(p.sizeBytes()), p.layer() < 0 ? "-" : p.layer(), p.path()));
    out.append(t.render()).append('\n');
  }

  private static void efficiency(StringBuilder out, ImageMetrics m, Style style) {
    DiveResult d = m.dive();
    out.append(style.bold("Efficiency")).append('\n');
    TextTable t = TextTable.of("", "");
    t.row("  Score (dive)", String.format(Locale.ROOT, "%.2f %%", d.score() * 100));
    t.row("  Wasted (dive)", HumanSize.format(d.wastedBytes()) + " (" + d.wastedBytes() + " bytes, counts kept copies too)");
    t.row("  User size", HumanSize.format(d.userSizeBytes()) + " (all layers but the first)");
    t.row("  User wasted", d.userWastedPercent().isPresent()
        ? String.format(Locale.ROOT, "%.2f %%", d.userWastedPercent().getAsDouble() * 100) : "n/a (no user layers)");
    t.row("  Reclaimable", style.bold(HumanSize.format(m.reclaimableBytes())) + " (" + m.reclaimableBytes()
        + " bytes a squash would really save)");
    out.append(skipHeader(t.render()));
    if (!d.inefficientPaths().isEmpty()) {
      TextTable p = TextTable.of(">COUNT", ">WASTED", ">RECLAIMABLE", "PATH");
      d.inefficientPaths().stream().limit(MAX_PATHS).forEach(x ->
          p.row(x.count(), HumanSize.format(x.cumulativeBytes()), HumanSize.format(x.reclaimableBytes()), x.path()));
      out.append('\n').append(p.render());
      if (d.inefficientPaths().size() > MAX_PATHS) {
        out.append(style.dim("  … " + (d.inefficientPaths().size() - MAX_PATHS) + " more (--format json lists all)")).append('\n');
      }
    }
    out.append('\n');
  }

  private static void ci(StringBuilder out, CiOutcome ci, Style style) {
    out.append(style.bold("CI gate")).append('\n');
    for (CiOutcome.Rule r : ci.rules()) {
      String status = switch (r.status()) {
        case PASS -> style.green("PASS");
        case FAIL -> style.red("FAIL");
        case SKIP -> style.dim("SKIP");
      };
      out.append("  ").append(status).append("  ").append(r.name());
      if (r.status() != CiOutcome.Status.SKIP) {
        out.append(" (").append(r.threshold()).append(")");
      }
      if (r.status() == CiOutcome.Status.FAIL) {
        out.append(": ").append(r.message());
      }
      out.append('\n');
    }
    out.append("  ").append(ci.passed() ? style.green("PASS") : style.red("FAIL"))
        .append(String.format(Locale.ROOT, " [pass:%d fail:%d skip:%d]%n", ci.count(CiOutcome.Status.PASS),
            ci.count(CiOutcome.Status.FAIL), ci.count(CiOutcome.Status.SKIP)));
  }

  private static String command(String createdBy) {
    String c = createdBy.replaceFirst("^/bin/sh -c (#\\(nop\\) )?", "").replaceAll("\\s+", " ").trim();
    if (c.isEmpty()) {
      return "-";
    }
    return c.length() > COMMAND_WIDTH ? c.substring(0, COMMAND_WIDTH - 1) + "…" : c;
  }

  private static String orDash(List<String> words) {
    return words.isEmpty() ? "-" : String.join(" ", words);
  }

  private static String skipHeader(String table) {
    return table.substring(table.indexOf('\n') + 1);
  }
}
