package dev.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcCommandTest {
  private static final String GO = """
      gc 1 @1.000s 0%: 0.5+10+0.5 ms clock, 1+0/10/0+1 ms cpu, 4->5->2 MB, 5 MB goal, 0 MB stacks, 0 MB globals, 4 P
      gc 2 @2.000s 0%: 1.0+10+1.0 ms clock, 1+0/10/0+1 ms cpu, 6->7->3 MB, 6 MB goal, 0 MB stacks, 0 MB globals, 4 P
      """;

  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void gc_textReportOnAGoTrace() throws Exception {
    Path log = Files.writeString(dir.resolve("trace.log"), GO);
    Result r = run("gc", log.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("trace.log: Go gctrace, Go, 2 cycles", "all stops");
  }

  @Test
  void gc_jsonWithMemoryLimitAdvisesGomemlimit() throws Exception {
    Path log = Files.writeString(dir.resolve("trace.log"), GO);
    Result r = run("gc", "--format", "json", "--memory-limit", "1Gi", log.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"collector\" : \"Go\"", "\"flag\" : \"GOMEMLIMIT\"", "\"value\" : \"921MiB\"");
  }

  @Test
  void gc_htmlGoesAtomicallyToTheOutputFile() throws Exception {
    Path log = Files.writeString(dir.resolve("trace.log"), GO);
    Path html = dir.resolve("out/report.html");
    Result r = run("gc", "--format", "html", "-o", html.toString(), log.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg");
    try (var files = Files.list(html.getParent())) {
      assertThat(files).containsExactly(html);
    }
  }

  @Test
  void gc_missingOrWrongInputIsExit2WithOneLine() throws Exception {
    Result missing = run("gc", dir.resolve("nope.log").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err().strip()).startsWith("footprint: ").contains("nope.log").doesNotContain("\n");
    Path text = Files.writeString(dir.resolve("notes.txt"), "just notes\n");
    Result wrong = run("gc", text.toString());
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err()).contains("no GC log lines found");
  }

  @Test
  void gc_badOptionValuesAreExit2() throws Exception {
    Path log = Files.writeString(dir.resolve("trace.log"), GO);
    assertThat(run("gc", "--memory-limit", "lots", log.toString()).code()).isEqualTo(2);
    assertThat(run("gc", "--pause-goal", "soon", log.toString()).code()).isEqualTo(2);
    assertThat(run("gc").code()).isEqualTo(2);
  }

  @Test
  void byteSize_readsContainerStyleSizes() throws Exception {
    GcCommand.ByteSize b = new GcCommand.ByteSize();
    assertThat(b.convert("512m")).isEqualTo(512L << 20);
    assertThat(b.convert("2g")).isEqualTo(2L << 30);
    assertThat(b.convert("1Gi")).isEqualTo(1L << 30);
    assertThat(b.convert("1.5GiB")).isEqualTo(3L << 29);
    assertThat(b.convert("1048576")).isEqualTo(1L << 20);
  }
}
