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

  @Test
  void gc_reportsSkippedAndOverlongLinesInTextAndJson() throws Exception {
    Path log = Files.writeString(dir.resolve("trace.log"), GO
        + "gc 3 @3.000s 0%: 0.5+10+0.5 ms clock, 1+0/10/0+1 ms cpu, 6->\n"
        + "x".repeat(100_000) + "\n");
    Result text = run("gc", "--no-color", log.toString());
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).contains("lines         4 read, 2 with GC events, 1 unreadable GC line left out,"
        + " 1 over-long line (over 64 KiB) passed over");
    Result json = run("gc", "--format", "json", log.toString());
    assertThat(json.out()).contains("\"skippedLines\" : 1", "\"overlongLines\" : 1");
  }

  @Test
  void gc_aFileWithNoGcEventIsExit2WithOneLineNamingIt() throws Exception {
    Path log = Files.writeString(dir.resolve("banner.log"), "[0.017s][info][gc] Using G1\n");
    Result r = run("gc", log.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).contains("banner.log: no GC event in 1 lines").doesNotContain("\n", "Exception");
  }

  @Test
  void gc_textSizesAreSiAndAdviceIsRankedWithWhatItChanges() throws Exception {
    Path log = Files.writeString(dir.resolve("small.log"), """
        [0.017s][info][gc] Using G1
        [1.000s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 30M->28M(32M) 5.000ms
        [2.000s][info][gc] GC(1) Pause Full (G1 Compaction Pause) 31M->28M(32M) 9.000ms
        """);
    Result r = run("gc", "--no-color", "--memory-limit", "64m", log.toString());
    assertThat(r.code()).as(r.err()).isZero();
    // 28 MiB = 29,360,128 bytes: "29.4 MB" as docker prints it, never "28.0 MB"
    assertThat(r.out()).contains("after 29.4 MB mean").doesNotContain("28.0 MB");
    // 28 MiB live needs 56 MiB of heap; 75% of 64 MiB is 48: the limit for -Xmx96m (3x), not a heap
    assertThat(r.out()).contains(" 1. --memory=128m  (memory-limit)", "changes: container memory limit (64 MiB)");
    assertThat(r.out()).doesNotContain("-Xmx64m");
  }
}
