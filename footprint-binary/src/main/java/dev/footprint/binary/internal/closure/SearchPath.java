package dev.footprint.binary.internal.closure;

import dev.footprint.binary.BinaryInfo;
import dev.footprint.binary.Libc;
import dev.footprint.binary.RootFileSystem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The directories the loader searches after an object's own RPATH/RUNPATH. */
final class SearchPath {
  private SearchPath() {}

  static List<String> system(RootFileSystem fs, BinaryInfo exe) throws IOException {
    List<String> out = new ArrayList<>();
    if (exe.libc() == Libc.MUSL) {
      Optional<String> path = LdSoConf.text(fs, "/etc/ld-musl-" + muslArch(exe.arch()) + ".path");
      if (path.isPresent()) {
        for (String d : path.get().split("[:\\n]+")) {
          if (d.trim().startsWith("/")) {
            out.add(d.trim());
          }
        }
        return out;
      }
      return List.of("/lib", "/usr/local/lib", "/usr/lib");
    }
    out.addAll(LdSoConf.directories(fs, "/etc/ld.so.conf"));
    String triplet = triplet(exe.arch());
    if (triplet != null) {
      add(out, "/lib/" + triplet);
      add(out, "/usr/lib/" + triplet);
    }
    if (exe.bits() == 64) {
      add(out, "/lib64");
      add(out, "/usr/lib64");
    }
    add(out, "/lib");
    add(out, "/usr/lib");
    return out;
  }

  private static void add(List<String> out, String dir) {
    if (!out.contains(dir)) {
      out.add(dir);
    }
  }

  /** Debian's multiarch directory name for an architecture. */
  static String triplet(String arch) {
    return switch (arch) {
      case "amd64" -> "x86_64-linux-gnu";
      case "arm64" -> "aarch64-linux-gnu";
      case "386" -> "i386-linux-gnu";
      case "arm" -> "arm-linux-gnueabihf";
      case "ppc64le" -> "powerpc64le-linux-gnu";
      case "s390x" -> "s390x-linux-gnu";
      case "riscv64" -> "riscv64-linux-gnu";
      case "mips64le" -> "mips64el-linux-gnuabi64";
      default -> null;
    };
  }

  /** The loader's platform name, for $PLATFORM. */
  static String platform(String arch) {
    return switch (arch) {
      case "amd64" -> "x86_64";
      case "arm64" -> "aarch64";
      case "386" -> "i686";
      default -> arch;
    };
  }

  private static String muslArch(String arch) {
    return switch (arch) {
      case "amd64" -> "x86_64";
      case "arm64" -> "aarch64";
      case "386" -> "i386";
      case "arm" -> "armhf";
      default -> arch;
    };
  }
}
