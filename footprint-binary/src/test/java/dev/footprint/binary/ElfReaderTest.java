package dev.footprint.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.common.InvalidInputException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElfReaderTest {
  private static final String MODINFO = "0w\u00af\f\u0092t\b\u0002A\u00e1\u00c1\u0007\u00e6\u00d6\u0018\u00e6"
      .substring(0, 16)
      + "path\texample.com/old\nmod\texample.com/old\t(devel)\t\ndep\tgolang.org/x/text\tv0.3.0\th1:abc=\n"
      + "\u00f92C1\u0086\u0018 r\u0000\u0082B\u0010A\u0016\u00d8\u00f2".substring(0, 16);

  @TempDir Path dir;

  static byte[] sample(boolean wide, ByteOrder order) {
    return new TestElf(wide, order, 3, wide ? 62 : 8)
        .interpreter("/lib/ld-musl-x86_64.so.1")
        .dynamic(List.of("libc.musl-x86_64.so.1", "libz.so.1"), null, "$ORIGIN/../lib", null)
        .goPointerForm("go1.16.15", MODINFO)
        .section(new TestElf.Sec(".symtab", 2, false, wide ? 48 : 32, a -> new byte[wide ? 48 : 32],
            ".strtab"))
        .section(".strtab", 3, false, new byte[40])
        .section(".debug_info", 1, false, new byte[300])
        .section(".comment", 1, false, "GCC: test\0".getBytes())
        .build();
  }

  @ParameterizedTest(name = "{0}-bit {1}")
  @CsvSource({"64,LITTLE", "64,BIG", "32,LITTLE", "32,BIG"})
  void read_everyClassAndByteOrder(int bits, String endian) throws Exception {
    boolean big = endian.equals("BIG");
    Path file = dir.resolve("sample");
    Files.write(file, sample(bits == 64, big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN));

    BinaryInfo info = Binaries.read(file);

    assertThat(info.format()).isEqualTo(BinaryFormat.ELF);
    assertThat(info.bits()).isEqualTo(bits);
    assertThat(info.bigEndian()).isEqualTo(big);
    assertThat(info.arch()).isEqualTo(bits == 64 ? "amd64" : big ? "mips" : "mipsle");
    assertThat(info.interpreter()).contains("/lib/ld-musl-x86_64.so.1");
    assertThat(info.needed()).containsExactly("libc.musl-x86_64.so.1", "libz.so.1");
    assertThat(info.runpath()).containsExactly("$ORIGIN/../lib");
    assertThat(info.libc()).isEqualTo(Libc.MUSL);
    assertThat(info.linkage()).isEqualTo(Linkage.DYNAMIC);
    assertThat(info.type()).isEqualTo("pie-executable");
    assertThat(info.debugBytes()).isEqualTo(300);
    assertThat(info.symbolBytes()).isEqualTo((bits == 64 ? 48 : 32) + 40);
    assertThat(info.strippableBytes()).isEqualTo(info.debugBytes() + info.symbolBytes());
    assertThat(info.section(".comment")).isPresent();
  }

  @ParameterizedTest(name = "{0}-bit {1}")
  @CsvSource({"64,LITTLE", "64,BIG", "32,LITTLE", "32,BIG"})
  void read_goPointerFormBeforeGo118(int bits, String endian) throws Exception {
    Path file = dir.resolve("old-go");
    Files.write(file, sample(bits == 64,
        endian.equals("BIG") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN));

    GoBuildInfo go = Binaries.read(file).go().orElseThrow();

    assertThat(go.goVersion()).isEqualTo("go1.16.15");
    assertThat(go.path()).isEqualTo("example.com/old");
    assertThat(go.main().orElseThrow().version()).isEqualTo("(devel)");
    assertThat(go.deps()).extracting(GoModule::path, GoModule::version, GoModule::sum)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("golang.org/x/text", "v0.3.0", "h1:abc="));
    assertThat(go.settings()).isEmpty();
    assertThat(go.text()).isEqualTo("go\tgo1.16.15\npath\texample.com/old\n"
        + "mod\texample.com/old\t(devel)\t\ndep\tgolang.org/x/text\tv0.3.0\th1:abc=\n");
  }

  @ParameterizedTest(name = "{0}-bit {1}")
  @CsvSource({"64,LITTLE", "64,BIG", "32,LITTLE", "32,BIG"})
  void strip_dropsSymbolsAndDebugKeepsEverythingMapped(int bits, String endian) throws Exception {
    Path in = dir.resolve("in");
    byte[] original = sample(bits == 64, endian.equals("BIG") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    Files.write(in, original);
    Path out = dir.resolve("out");

    StripResult result = Binaries.strip(in, out);

    BinaryInfo before = Binaries.read(in);
    BinaryInfo after = Binaries.read(out);
    assertThat(Files.readAllBytes(in)).isEqualTo(original);
    assertThat(result.removedSections()).containsExactly(".symtab", ".strtab", ".debug_info");
    assertThat(after.stripped()).isTrue();
    assertThat(after.segments()).isEqualTo(before.segments());
    assertThat(after.go()).isEqualTo(before.go());
    assertThat(after.needed()).isEqualTo(before.needed());
    assertThat(after.section(".comment")).isPresent();
    assertThat(after.sections()).extracting(Section::name)
        .doesNotContain(".symtab", ".strtab", ".debug_info");
    long mappedEnd = before.segments().get(0).fileSize();
    byte[] stripped = Files.readAllBytes(out);
    int headerSize = bits == 64 ? 64 : 52;
    assertThat(java.util.Arrays.copyOfRange(stripped, headerSize, (int) mappedEnd))
        .isEqualTo(java.util.Arrays.copyOfRange(original, headerSize, (int) mappedEnd));
    assertThat(result.outputBytes()).isLessThan(result.inputBytes() - 300);
  }

  @org.junit.jupiter.api.Test
  void read_rejectsNonBinaries() throws Exception {
    Path text = dir.resolve("script.sh");
    Files.writeString(text, "#!/bin/sh\necho hi\n");
    assertThatThrownBy(() -> Binaries.read(text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("script.sh").hasMessageContaining("not an ELF or PE");
    Path empty = dir.resolve("empty");
    Files.write(empty, new byte[0]);
    assertThatThrownBy(() -> Binaries.read(empty)).isInstanceOf(InvalidInputException.class);
  }

  @org.junit.jupiter.api.Test
  void strip_refusesRelocatableObjects() throws Exception {
    Path obj = dir.resolve("x.o");
    Files.write(obj, new TestElf(true, ByteOrder.LITTLE_ENDIAN, 1, 62)
        .section(".text", 1, true, new byte[16])
        .section(".symtab", 2, false, new byte[48]).build());
    Path out = dir.resolve("x.stripped");
    assertThatThrownBy(() -> Binaries.strip(obj, out))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("object file");
    assertThat(out).doesNotExist();
  }
}
