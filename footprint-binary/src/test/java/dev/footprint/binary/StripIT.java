package dev.footprint.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.common.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The pure-Java strip against binutils strip on real binaries, and the stripped programs run. */
class StripIT {
  @TempDir Path dir;

  private static final Map<String, List<String>> ARGS = Map.of(
      "ls", List.of("-1", "/"),
      "busybox", List.of("sh", "-c", "echo $((6*7)); basename /a/b/c"));

  @TestFactory
  Stream<DynamicTest> stripMatchesBinutilsAndStillRuns() throws Exception {
    Tools.require("strip");
    Tools.require("readelf");
    return TestBinaries.get().entrySet().stream()
        .filter(e -> !e.getKey().endsWith(".exe"))
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue())));
  }

  private void check(String name, Path in) throws Exception {
    String before = sha256(in);
    Path out = dir.resolve(name + ".fp");
    StripResult result = Binaries.strip(in, out);
    assertThat(sha256(in)).as("input untouched").isEqualTo(before);
    assertThat(result.outputBytes()).isEqualTo(Files.size(out));
    assertThat(programHeaders(out)).isEqualTo(programHeaders(in));
    assertThat(Tools.ok("readelf", "-nW", out.toString()))
        .isEqualTo(Tools.ok("readelf", "-nW", in.toString()).replace(in.toString(), out.toString()));
    BinaryInfo stripped = Binaries.read(out);
    assertThat(stripped.stripped()).isTrue();
    assertThat(stripped.strippableBytes()).isZero();
    assertThat(stripped.buildId()).isEqualTo(Binaries.read(in).buildId());
    if (name.startsWith("go-")) {
      assertThat(Tools.ok("go", "version", "-m", out.toString()))
          .isEqualTo(Tools.ok("go", "version", "-m", in.toString()).replace(in.toString(), out.toString()));
    }
    if (TestBinaries.native_(name)) {
      Path binutils = dir.resolve(name + ".binutils");
      Tools.ok("strip", "--strip-all", "-o", binutils.toString(), in.toString());
      long reference = Files.size(binutils);
      assertThat((double) Math.abs(result.outputBytes() - reference))
          .as("%s: footprint %d bytes, binutils %d bytes", name, result.outputBytes(), reference)
          .isLessThanOrEqualTo(reference * 0.01);
      List<String> args = ARGS.getOrDefault(name, List.of("a", "b"));
      assertThat(run(out, args)).isEqualTo(run(in, args));
    }
  }

  @Test
  void inPlace_replacesTheFileAndKeepsItsMode() throws Exception {
    Path copy = dir.resolve("go-default");
    Files.copy(TestBinaries.get().get("go-default"), copy);
    var mode = Files.getPosixFilePermissions(copy);
    long size = Files.size(copy);
    StripResult r = Binaries.strip(copy, copy);
    assertThat(Files.size(copy)).isEqualTo(r.outputBytes()).isLessThan(size);
    assertThat(Files.getPosixFilePermissions(copy)).isEqualTo(mode);
    assertThat(run(copy, List.of())).contains("hello, footprint");
    try (var files = Files.list(dir)) {
      assertThat(files).as("no temporary left behind").hasSize(1);
    }
  }

  @Test
  void refusesWhatItCannotStripSafely() throws Exception {
    Path obj = dir.resolve("x.o");
    Files.writeString(dir.resolve("x.c"), "int f(int x) { return x + 1; }\n");
    Tools.ok(dir, Map.of(), "gcc", "-c", "-g", "-o", obj.toString(), "x.c");
    Path exe = TestBinaries.get().get("go-windows.exe");
    Path truncated = dir.resolve("truncated");
    byte[] whole = Files.readAllBytes(TestBinaries.get().get("c-dynamic"));
    Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length - 100));
    for (Path bad : List.of(obj, exe, truncated)) {
      Path out = dir.resolve(bad.getFileName() + ".out");
      assertThatThrownBy(() -> Binaries.strip(bad, out)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining(bad.toString());
      assertThat(out).doesNotExist();
    }
  }

  private static String run(Path program, List<String> args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of(program.toString()));
    cmd.addAll(args);
    Tools.Result r = Tools.run(program.getParent(), Map.of(), cmd);
    return r.exit() + "\n" + r.out() + r.err().replace(program.toString(), "PROGRAM");
  }

  private static String programHeaders(Path file) throws Exception {
    String text = Tools.ok("readelf", "-lW", file.toString());
    return text.substring(text.indexOf("Program Headers:"), text.indexOf("Section to Segment"));
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
