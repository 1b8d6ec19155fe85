package dev.footprint.binary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Facts of real binaries compared with readelf, objdump and go version -m on the same files. */
class RealBinariesIT {
  private static final Pattern SECTION =
      Pattern.compile("^\\s*\\[\\s*(\\d+)]\\s+(\\S*)\\s+\\S+\\s+[0-9a-f]+\\s+[0-9a-f]+\\s+([0-9a-f]+)\\s");

  @TestFactory
  Stream<DynamicTest> elfFactsEqualReadelf() throws Exception {
    Tools.require("readelf");
    return TestBinaries.get().entrySet().stream()
        .filter(e -> !e.getKey().endsWith(".exe"))
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> compareWithReadelf(e.getValue())));
  }

  private static void compareWithReadelf(Path file) throws Exception {
    BinaryInfo info = Binaries.read(file);
    assertThat(sectionSizes(info)).isEqualTo(readelfSections(file));
    String dynamic = Tools.ok("readelf", "-dW", file.toString());
    assertThat(info.needed()).isEqualTo(matches(dynamic, "\\(NEEDED\\)\\s+Shared library: \\[(.*)]"));
    assertThat(info.runpath()).isEqualTo(split(matches(dynamic, "\\(RUNPATH\\)\\s+Library runpath: \\[(.*)]")));
    List<String> interp = matches(Tools.ok("readelf", "-lW", file.toString()),
        "Requesting program interpreter: (.*)]");
    assertThat(info.interpreter().map(List::of).orElse(List.of())).isEqualTo(interp);
    List<String> gnuId = matches(Tools.ok("readelf", "-nW", file.toString()), "Build ID: ([0-9a-f]+)");
    if (!gnuId.isEmpty()) {
      assertThat(info.buildId()).contains(gnuId.get(0));
    }
    String header = Tools.ok("readelf", "-hW", file.toString());
    assertThat(header).contains(info.bits() == 64 ? "ELF64" : "ELF32");
    assertThat(header).contains(info.bigEndian() ? "big endian" : "little endian");
  }

  /** The crafted 32/64-bit, little/big-endian files of the unit tests, checked by readelf too. */
  @TestFactory
  Stream<DynamicTest> craftedElfFactsEqualReadelf() throws Exception {
    Tools.require("readelf");
    Path dir = java.nio.file.Files.createTempDirectory("fp-crafted");
    return Stream.of("64 LITTLE", "64 BIG", "32 LITTLE", "32 BIG").map(c -> DynamicTest.dynamicTest(c, () -> {
      String[] p = c.split(" ");
      Path file = dir.resolve("crafted-" + p[0] + "-" + p[1]);
      java.nio.file.Files.write(file, ElfReaderTest.sample(p[0].equals("64"),
          p[1].equals("BIG") ? java.nio.ByteOrder.BIG_ENDIAN : java.nio.ByteOrder.LITTLE_ENDIAN));
      compareWithReadelf(file);
    }));
  }

  @TestFactory
  Stream<DynamicTest> goBuildInfoEqualsGoVersionM() throws Exception {
    return TestBinaries.get().entrySet().stream()
        .filter(e -> e.getKey().startsWith("go-"))
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
          Path file = e.getValue();
          String expected = Tools.ok("go", "version", "-m", file.toString());
          GoBuildInfo go = Binaries.read(file).go().orElseThrow();
          assertThat(goVersionM(file, go)).isEqualTo(expected);
        }));
  }

  /** What go version -m prints: "FILE: VERSION", then every line but the go line, tab-indented. */
  static String goVersionM(Path file, GoBuildInfo go) {
    String text = go.text();
    String rest = text.substring(text.indexOf('\n') + 1);
    String out = file + ": " + go.goVersion() + "\n";
    if (!rest.isEmpty()) {
      out += "\t" + rest.substring(0, rest.length() - 1).replace("\n", "\n\t") + "\n";
    }
    return out;
  }

  @Test
  void goFlagsAndLinkageAreReported() throws Exception {
    Map<String, Path> b = TestBinaries.get();
    BinaryInfo cgo = Binaries.read(b.get("go-cgo1"));
    assertThat(cgo.linkage()).isEqualTo(Linkage.DYNAMIC);
    assertThat(cgo.libc()).isEqualTo(Libc.GLIBC);
    assertThat(cgo.go().orElseThrow().setting("CGO_ENABLED")).contains("1");
    BinaryInfo pure = Binaries.read(b.get("go-cgo0"));
    assertThat(pure.linkage()).isEqualTo(Linkage.STATIC);
    assertThat(pure.libc()).isEqualTo(Libc.NONE);
    assertThat(pure.stripped()).isFalse();
    assertThat(BuildAdvice.command(pure)).isEqualTo("go build -trimpath -ldflags=\"-s -w\"");
    assertThat(BuildAdvice.command(cgo)).isEqualTo("CGO_ENABLED=0 go build -trimpath -ldflags=\"-s -w\"");
    BinaryInfo sw = Binaries.read(b.get("go-sw"));
    assertThat(sw.stripped()).isTrue();
    assertThat(sw.go().orElseThrow().setting("-ldflags")).contains("-s -w");
    BinaryInfo trim = Binaries.read(b.get("go-trimpath"));
    assertThat(trim.go().orElseThrow().setting("-trimpath")).contains("true");
    assertThat(Binaries.read(b.get("go-arm64")).arch()).isEqualTo("arm64");
    assertThat(Binaries.read(b.get("go-s390x"))).extracting(BinaryInfo::arch, BinaryInfo::bits, BinaryInfo::bigEndian)
        .containsExactly("s390x", 64, true);
    assertThat(Binaries.read(b.get("go-mips"))).extracting(BinaryInfo::arch, BinaryInfo::bits, BinaryInfo::bigEndian)
        .containsExactly("mips", 32, true);
    assertThat(Binaries.read(b.get("go-386"))).extracting(BinaryInfo::arch, BinaryInfo::bits, BinaryInfo::bigEndian)
        .containsExactly("386", 32, false);
    BinaryInfo cStatic = Binaries.read(b.get("c-static"));
    assertThat(cStatic.linkage()).isEqualTo(Linkage.STATIC);
    assertThat(cStatic.debugBytes()).isPositive();
    assertThat(Binaries.read(b.get("c-dynamic")).type()).isIn("pie-executable", "executable");
  }

  /** Go's own debug/pe is the peer: objdump misreads Go's import table (it lands in .zdebug_info). */
  @Test
  void peFactsEqualGoDebugPe() throws Exception {
    Path exe = TestBinaries.get().get("go-windows.exe");
    Path peer = exe.resolveSibling("pepeer");
    java.nio.file.Files.createDirectories(peer);
    java.nio.file.Files.writeString(peer.resolve("main.go"), String.join("\n",
        "package main", "import (\"debug/pe\"; \"fmt\"; \"os\"; \"strings\")",
        "func main() {",
        "  f, err := pe.Open(os.Args[1]); if err != nil { panic(err) }",
        "  syms, _ := f.ImportedSymbols(); seen := map[string]bool{}",
        "  for _, s := range syms { d := s[strings.LastIndex(s, \":\")+1:]",
        "    if !seen[d] { seen[d] = true; fmt.Println(\"lib\", d) } }",
        "  for _, s := range f.Sections { fmt.Println(\"sec\", s.Name, s.Size, s.VirtualSize) }",
        "  fmt.Println(\"symbols\", f.FileHeader.NumberOfSymbols)",
        "}", ""));
    String expected = Tools.ok(peer, Map.of("GO111MODULE", "off", "GOFLAGS", ""), "go", "run", "main.go",
        exe.toString());
    BinaryInfo info = Binaries.read(exe);
    StringBuilder actual = new StringBuilder();
    info.needed().forEach(l -> actual.append("lib ").append(l).append('\n'));
    info.sections().forEach(sec -> actual.append("sec ").append(sec.name()).append(' ')
        .append(sec.size()).append(' ').append(sec.memorySize()).append('\n'));
    actual.append("symbols ").append((info.symbolBytes() - stringTable(exe, info)) / 18).append('\n');
    assertThat(actual.toString()).isEqualTo(expected);
    assertThat(info.format()).isEqualTo(BinaryFormat.PE);
    assertThat(info.arch()).isEqualTo("amd64");
    assertThat(info.needed()).contains("kernel32.dll");
    assertThat(info.debugBytes()).isPositive();
    assertThat(info.go().orElseThrow().setting("GOOS")).contains("windows");
  }

  /** Size of the COFF string table, read straight from the file, to count symbols. */
  private static long stringTable(Path exe, BinaryInfo info) throws Exception {
    byte[] all = java.nio.file.Files.readAllBytes(exe);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(all).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    int pe = b.getInt(0x3c);
    long symbols = Integer.toUnsignedLong(b.getInt(pe + 12));
    long count = Integer.toUnsignedLong(b.getInt(pe + 16));
    return Integer.toUnsignedLong(b.getInt((int) (symbols + count * 18)));
  }

  private static Map<String, Long> sectionSizes(BinaryInfo info) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Section s : info.sections()) {
      if (s.index() > 0) {
        out.put(s.index() + " " + s.name(), s.memorySize());
      }
    }
    return out;
  }

  private static Map<String, Long> readelfSections(Path file) throws Exception {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String line : Tools.ok("readelf", "-SW", file.toString()).split("\n")) {
      Matcher m = SECTION.matcher(line);
      if (m.find() && !m.group(1).equals("0")) {
        out.put(m.group(1) + " " + m.group(2), Long.parseLong(m.group(3), 16));
      }
    }
    return out;
  }

  private static List<String> matches(String text, String regex) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static List<String> split(List<String> paths) {
    List<String> out = new ArrayList<>();
    for (String p : paths) {
      out.addAll(List.of(p.split(":")));
    }
    return out;
  }
}
