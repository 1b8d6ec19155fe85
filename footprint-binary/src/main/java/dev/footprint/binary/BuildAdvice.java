package dev.footprint.binary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a binary's facts say about how it was built and how to build it smaller: the exact flags
 * that would have avoided its strippable bytes, and which base images it can run on.
 */
public final class BuildAdvice {
  /** Libraries cgo's standard-library users (net, os/user) link; pure-Go code replaces them. */
  private static final Set<String> C_RUNTIME =
      Set.of("libc.so.6", "libpthread.so.0", "libdl.so.2", "libresolv.so.2", "libc.musl-x86_64.so.1",
          "libc.musl-aarch64.so.1");

  private BuildAdvice() {}

  /** The flags that would have avoided the strippable bytes; empty when there are none. */
  public static List<String> flags(BinaryInfo info) {
    List<String> flags = new ArrayList<>();
    if (info.go().isPresent()) {
      GoBuildInfo go = info.go().get();
      if (!go.setting("-trimpath").orElse("").equals("true")) {
        flags.add("-trimpath");
      }
      if (info.strippableBytes() > 0) {
        flags.add("-ldflags=\"-s -w\"");
      }
      if (go.setting("CGO_ENABLED").orElse("").equals("1") && linksNoC(info) && !flags.isEmpty()) {
        flags.add(0, "CGO_ENABLED=0");
      }
    } else if (info.strippableBytes() > 0) {
      flags.add("-s");
      flags.add("-Wl,--gc-sections");
    }
    return flags;
  }

  /** True when the binary needs no C library beyond what cgo's standard-library users bring. */
  public static boolean linksNoC(BinaryInfo info) {
    return info.needed().stream().allMatch(C_RUNTIME::contains);
  }

  /** Short, actionable advice lines, most valuable first. */
  public static List<String> advice(BinaryInfo info) {
    List<String> out = new ArrayList<>();
    long strippable = info.strippableBytes();
    if (info.go().isPresent()) {
      GoBuildInfo go = info.go().get();
      if (strippable > 0) {
        out.add("build with go build " + String.join(" ", goBuildFlags(info))
            + " to drop " + strippable + " bytes of symbols and DWARF (or run footprint strip)");
      }
      if (go.setting("CGO_ENABLED").orElse("").equals("1") && linksNoC(info)) {
        out.add(info.needed().isEmpty()
            ? "CGO_ENABLED=1 but nothing C is linked: build with CGO_ENABLED=0 for a reproducible static binary"
            : "only the C library is linked (cgo's net or os/user): CGO_ENABLED=0 gives a static binary that runs FROM scratch");
      }
      if (info.format() == BinaryFormat.ELF && info.linkage() == Linkage.STATIC) {
        out.add("static: runs FROM scratch or distroless/static; add CA certificates and tzdata if it makes TLS calls or uses time zones");
      }
    } else if (strippable > 0 && info.format() == BinaryFormat.ELF) {
      out.add("link with -s (or run strip / footprint strip) to drop " + strippable
          + " bytes; -ffunction-sections -fdata-sections -Wl,--gc-sections also drops unused code");
    } else if (strippable > 0) {
      out.add("link with -s to drop " + strippable + " bytes of symbols and debug information");
    }
    if (info.format() == BinaryFormat.ELF && info.linkage() == Linkage.DYNAMIC) {
      out.add(switch (info.libc()) {
        case GLIBC -> "needs glibc at run time: use a glibc base (distroless/base, debian-slim), not alpine";
        case MUSL -> "needs musl at run time: use an alpine base, not a glibc one";
        case NONE -> "needs its shared libraries at run time: keep " + String.join(", ", info.needed());
      });
    }
    return out;
  }

  private static List<String> goBuildFlags(BinaryInfo info) {
    List<String> flags = new ArrayList<>(flags(info));
    flags.removeIf(f -> f.startsWith("CGO_ENABLED"));
    return flags;
  }

  /** e.g. {@code CGO_ENABLED=0 go build -trimpath -ldflags="-s -w"}, or empty. */
  public static String command(BinaryInfo info) {
    List<String> flags = flags(info);
    if (flags.isEmpty()) {
      return "";
    }
    if (info.go().isEmpty()) {
      return "cc " + String.join(" ", flags);
    }
    String env = flags.get(0).startsWith("CGO_ENABLED") ? flags.get(0) + " " : "";
    List<String> build = goBuildFlags(info);
    return env + "go build" + (build.isEmpty() ? "" : " " + String.join(" ", build));
  }
}
