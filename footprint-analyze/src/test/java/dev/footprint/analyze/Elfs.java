package dev.footprint.analyze;

import dev.footprint.binary.TestElf;

import java.nio.ByteOrder;
import java.util.List;

/** Small ELF files for findings tests, built with {@link TestElf}. */
final class Elfs {
  static final int EXEC = 2;
  static final int DYN = 3;
  static final int X86_64 = 62;

  private Elfs() {}

  /** A static Go binary; unstripped ones carry 20 KiB of symbols and 40 KiB of DWARF. */
  static byte[] go(boolean stripped, boolean trimpath, String cgo) {
    return go(stripped, trimpath, cgo, "");
  }

  /** As above, with {@code funcNames} (NUL-separated) in a .rodata section, as Go's function table has them. */
  static byte[] go(boolean stripped, boolean trimpath, String cgo, String funcNames) {
    String mod = "path\texample.com/svc\nmod\texample.com/svc\t(devel)\t\nbuild\t-compiler=gc\n"
        + (trimpath ? "build\t-trimpath=true\n" : "") + "build\tCGO_ENABLED=" + cgo + "\nbuild\tGOARCH=amd64\nbuild\tGOOS=linux";
    TestElf elf = new TestElf(true, ByteOrder.LITTLE_ENDIAN, EXEC, X86_64)
        .section(".text", 1, true, new byte[4096])
        .section(".rodata", 1, true, (funcNames + "\0").getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .goInlineForm("go1.22.1", mod);
    return debug(elf, stripped).build();
  }

  /** A dynamically linked C program: PT_INTERP and DT_NEEDED. */
  static byte[] dynamic(String interpreter, boolean stripped, String... needed) {
    TestElf elf = new TestElf(true, ByteOrder.LITTLE_ENDIAN, EXEC, X86_64)
        .interpreter(interpreter)
        .section(".text", 1, true, new byte[2048])
        .dynamic(List.of(needed), null, null, null);
    return debug(elf, stripped).build();
  }

  /** A shared library with a soname and its own DT_NEEDED. */
  static byte[] library(String soname, int textBytes, String... needed) {
    return new TestElf(true, ByteOrder.LITTLE_ENDIAN, DYN, X86_64)
        .section(".text", 1, true, new byte[textBytes])
        .dynamic(List.of(needed), soname, null, null)
        .build();
  }

  private static TestElf debug(TestElf elf, boolean stripped) {
    if (stripped) {
      return elf;
    }
    return elf.section(new TestElf.Sec(".symtab", 2, false, 20 * 1024, a -> new byte[20 * 1024], ".strtab"))
        .section(".strtab", 3, false, new byte[10 * 1024])
        .section(".debug_info", 1, false, new byte[40 * 1024]);
  }
}
