package dev.footprint.binary.internal.elf;

/** ELF e_machine to the architecture names OCI platforms and GOARCH use. */
final class ElfArch {
  private ElfArch() {}

  static String of(int machine, boolean wide, boolean bigEndian) {
    return switch (machine) {
      case 3 -> "386";
      case 62 -> "amd64";
      case 183 -> "arm64";
      case 40 -> "arm";
      case 8 -> wide ? (bigEndian ? "mips64" : "mips64le") : (bigEndian ? "mips" : "mipsle");
      case 20 -> "ppc";
      case 21 -> bigEndian ? "ppc64" : "ppc64le";
      case 22 -> "s390x";
      case 243 -> wide ? "riscv64" : "riscv32";
      case 258 -> "loong64";
      case 2 -> "sparc";
      case 43 -> "sparc64";
      default -> "elf-machine-" + machine;
    };
  }
}
