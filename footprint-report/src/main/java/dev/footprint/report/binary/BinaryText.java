package dev.footprint.report.binary;

import dev.footprint.binary.BinaryInfo;
import dev.footprint.binary.BuildAdvice;
import dev.footprint.binary.GoBuildInfo;
import dev.footprint.binary.Section;
import dev.footprint.report.HumanSize;
import dev.footprint.report.Style;
import dev.footprint.report.TextTable;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The text report of {@code footprint binary}: facts, largest sections, verdict, advice. */
public final class BinaryText {
  private static final int TOP_SECTIONS = 8;
  private static final List<String> KEY_SETTINGS =
      List.of("-buildmode", "-ldflags", "-trimpath", "-tags", "CGO_ENABLED", "GOOS", "GOARCH",
          "GOAMD64", "GOARM", "vcs.revision", "vcs.modified");

  private BinaryText() {}

  public static String render(List<BinaryInfo> binaries, Style style) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < binaries.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      one(out, binaries.get(i), style);
    }
    return out.toString();
  }

  private static void one(StringBuilder out, BinaryInfo info, Style style) {
    out.append(style.bold(info.name())).append("  ")
        .append(info.format().name()).append(' ').append(info.type()).append(", ")
        .append(info.arch()).append(", ").append(info.linkage().id()).append(", libc ")
        .append(info.libc().id()).append(", ").append(HumanSize.format(info.fileSize()))
        .append('\n');
    info.interpreter().ifPresent(i -> field(out, "interpreter", i));
    if (!info.needed().isEmpty()) {
      field(out, "needed", String.join(", ", info.needed()));
    }
    if (!info.runpath().isEmpty()) {
      field(out, "runpath", String.join(":", info.runpath()));
    }
    if (!info.rpath().isEmpty()) {
      field(out, "rpath", String.join(":", info.rpath()));
    }
    info.soname().ifPresent(s -> field(out, "soname", s));
    info.buildId().ifPresent(b -> field(out, "build-id", b));
    info.go().ifPresent(go -> go(out, go));
    sections(out, info);
    String verdict = BinaryVerdict.of(info);
    out.append("  ").append(info.stripped() ? style.green(verdict) : style.yellow(verdict))
        .append('\n');
    for (String advice : BuildAdvice.advice(info)) {
      out.append("  - ").append(advice).append('\n');
    }
  }

  private static void go(StringBuilder out, GoBuildInfo go) {
    String main = go.main().map(m -> m.path() + " " + m.version()).orElse(go.path());
    field(out, "go", go.goVersion() + "  " + main + "  (" + go.deps().size() + " deps)");
    String settings = go.settings().stream()
        .filter(s -> KEY_SETTINGS.contains(s.key()))
        .map(s -> s.key() + "=" + s.value())
        .collect(Collectors.joining(" "));
    if (!settings.isEmpty()) {
      field(out, "build", settings);
    }
  }

  private static void sections(StringBuilder out, BinaryInfo info) {
    List<Section> top = info.sections().stream()
        .filter(s -> s.size() > 0)
        .sorted(Comparator.comparingLong(Section::size).reversed())
        .limit(TOP_SECTIONS)
        .toList();
    if (top.isEmpty()) {
      return;
    }
    TextTable table = TextTable.of("  SECTION", ">SIZE", ">SHARE", "KIND");
    for (Section s : top) {
      table.row("  " + s.name(), HumanSize.format(s.size()),
          String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * s.size() / Math.max(1, info.fileSize())),
          kind(s));
    }
    out.append(table.render());
  }

  private static String kind(Section s) {
    if (s.isDebug()) {
      return s.compressed() ? "debug (compressed)" : "debug";
    }
    if (s.name().equals(".symtab") || s.name().equals(".strtab")) {
      return "symbols";
    }
    return s.allocated() ? "loaded" : "not loaded";
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append(String.format("  %-12s %s\n", name, value));
  }
}
