package dev.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code footprint binary} and {@code footprint strip} end to end on a gcc-built program. */
class BinaryCommandIT {
  @TempDir static Path dir;
  static Path program;

  @BeforeAll
  static void build() throws Exception {
    Files.writeString(dir.resolve("hello.c"), "#include <stdio.h>\nint main(void){puts(\"hi\");return 0;}\n");
    program = dir.resolve("hello");
    Process p;
    try {
      p = new ProcessBuilder("gcc", "-g", "-o", program.toString(), dir.resolve("hello.c").toString())
          .inheritIO().start();
    } catch (java.io.IOException e) {
      if ("true".equals(System.getenv("CI"))) {
        throw e;
      }
      Assumptions.abort("gcc is not installed");
      return;
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
  }

  @Test
  void binaryJson_carriesTheContractFields() throws Exception {
    MainTest.Result r = MainTest.run("binary", "--format", "json", program.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
    JsonNode b = doc.get("binaries").get(0);
    for (String field : new String[] {"format", "arch", "linkage", "interpreter", "needed", "libc",
        "stripped", "debugBytes", "symbolBytes", "strippableBytes", "go", "advice"}) {
      assertThat(b.has(field)).as(field).isTrue();
    }
    assertThat(b.get("format").asText()).isEqualTo("elf");
    assertThat(b.get("linkage").asText()).isEqualTo("dynamic");
    assertThat(b.get("libc").asText()).isEqualTo("glibc");
    assertThat(b.get("needed").get(0).asText()).isEqualTo("libc.so.6");
    assertThat(b.get("stripped").asBoolean()).isFalse();
    assertThat(b.get("debugBytes").asLong()).isPositive();
    assertThat(b.get("go").isNull()).isTrue();
    assertThat(b.get("verdict").asText()).contains("not stripped").contains("-s");
  }

  @Test
  void binaryText_showsVerdictAndAdvice() {
    MainTest.Result r = MainTest.run("binary", "--no-color", program.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("ELF").contains("libc glibc").contains("not stripped")
        .contains("-Wl,--gc-sections");
  }

  @Test
  void strip_writesStrippedCopyAndLeavesInputAlone() throws Exception {
    byte[] before = Files.readAllBytes(program);
    Path out = dir.resolve("out/hello.small");
    MainTest.Result r = MainTest.run("strip", program.toString(), "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("removed").contains(".symtab").contains(out.toString());
    assertThat(Files.readAllBytes(program)).isEqualTo(before);
    assertThat(Files.size(out)).isLessThan(before.length);
    assertThat(Files.isExecutable(out)).isTrue();
    MainTest.Result again = MainTest.run("binary", "--format", "json", out.toString());
    assertThat(again.out()).contains("\"stripped\" : true");
  }

  @Test
  void strip_withoutOutput_writesNextToInput() throws Exception {
    Path copy = dir.resolve("copy");
    Files.copy(program, copy);
    MainTest.Result r = MainTest.run("strip", copy.toString());
    assertThat(r.code()).isZero();
    assertThat(dir.resolve("copy.stripped")).exists();
  }

  @Test
  void badInputs_exitTwoWithOneLine() throws Exception {
    Path text = dir.resolve("notes.txt");
    Files.writeString(text, "not a binary\n");
    for (String[] args : new String[][] {
        {"binary", text.toString()},
        {"binary", dir.resolve("missing").toString()},
        {"strip", text.toString()},
        {"strip", program.toString(), "-o", "x", "--in-place"}}) {
      MainTest.Result r = MainTest.run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.err()).startsWith("footprint: ").doesNotContain("\tat ");
    }
  }
}
