package dev.footprint.runtime.internal.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.runtime.sample.Sample;
import dev.footprint.runtime.sample.SampleTarget;
import dev.footprint.runtime.sample.TargetGoneException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessReaderTest {
  @TempDir Path proc;

  /** A stat line shaped like proc(5): 52 fields, a command name with a space and a ')'. */
  static String statLine(long pid, char state, long ppid, long utime, long stime, long cutime, long threads, long rss) {
    StringBuilder b = new StringBuilder(pid + " (my (odd) cmd) " + state + " " + ppid);
    // fields 5..13
    for (int f = 5; f <= 13; f++) {
      b.append(" 0");
    }
    b.append(' ').append(utime).append(' ').append(stime).append(' ').append(cutime).append(" 0");
    b.append(" 20 0 ").append(threads).append(" 0 12345 1000000 ").append(rss);
    for (int f = 25; f <= 52; f++) {
      b.append(" 0");
    }
    return b.append('\n').toString();
  }

  private void process(long pid, String stat, String statm, String io, int fds, long... children) throws IOException {
    Path dir = Files.createDirectories(proc.resolve(Long.toString(pid)));
    Files.writeString(dir.resolve("stat"), stat);
    Files.writeString(dir.resolve("statm"), statm);
    if (io != null) {
      Files.writeString(dir.resolve("io"), io);
    }
    Path fd = Files.createDirectories(dir.resolve("fd"));
    for (int i = 0; i < fds; i++) {
      Files.createFile(fd.resolve(Integer.toString(i)));
    }
    Path task = Files.createDirectories(dir.resolve("task").resolve(Long.toString(pid)));
    StringBuilder kids = new StringBuilder();
    for (long c : children) {
      kids.append(c).append(' ');
    }
    Files.writeString(task.resolve("children"), kids.toString());
  }

  private static final String IO = "rchar: 10\nwchar: 20\nsyscr: 1\nsyscw: 2\nread_bytes: 4096\nwrite_bytes: 8192\ncancelled_write_bytes: 0\n";

  @Test
  void parse_countsFieldsFromLastParenthesis() throws IOException {
    ProcStat s = ProcStat.parse(statLine(7, 'S', 1, 150, 50, 30, 9, 77));
    assertThat(s).isEqualTo(new ProcStat('S', 1, 150, 50, 30, 0, 9, 77));
    assertThat(s.ended()).isFalse();
    assertThat(ProcStat.parse(statLine(7, 'Z', 1, 0, 0, 0, 1, 0)).ended()).isTrue();
  }

  @Test
  void parse_rejectsTruncatedLine() {
    assertThatThrownBy(() -> ProcStat.parse("7 (x) S 1 2 3")).isInstanceOf(IOException.class).hasMessageContaining("short");
  }

  @Test
  void read_sumsMemoryAndCountsFds() throws IOException {
    process(10, statLine(10, 'S', 1, 100, 20, 0, 4, 3), "500 300 100 1 0 50 0\n", IO, 5);
    Set<String> notes = new LinkedHashSet<>();
    ProcessFigures f = new ProcessReader(proc, 4096).read(10, notes).orElseThrow();
    assertThat(f.cpuTicks()).isEqualTo(120);
    assertThat(f.residentBytes()).isEqualTo(300 * 4096L);
    assertThat(f.privateBytes()).isEqualTo(200 * 4096L);
    assertThat(f.openFiles()).isEqualTo(5);
    assertThat(f.readBytes()).isEqualTo(4096);
    assertThat(f.writeBytes()).isEqualTo(8192);
    assertThat(notes).isEmpty();
  }

  @Test
  void read_missingProcessIsEmpty() throws IOException {
    assertThat(new ProcessReader(proc, 4096).read(99, new LinkedHashSet<>())).isEmpty();
  }

  @Test
  void treeSampler_addsDescendantsAndReapedChildTime() throws Exception {
    process(10, statLine(10, 'S', 1, 100, 0, 40, 2, 1), "10 8 2 0 0 0 0", IO, 3, 11);
    process(11, statLine(11, 'S', 10, 50, 50, 0, 3, 1), "10 4 0 0 0 0 0", IO, 2, 12);
    process(12, statLine(12, 'R', 11, 1, 0, 0, 1, 1), "10 2 0 0 0 0 0", IO, 1);
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    var sampler = new ProcessTreeSampler(new SampleTarget.ProcessTree(10, true), new ProcessReader(proc, 4096), clock);
    Sample s = sampler.sample();
    assertThat(s.processes()).isEqualTo(3);
    assertThat(s.cpuNanos()).isEqualTo((100 + 40 + 100 + 1) * 10_000_000L);
    assertThat(s.threads()).isEqualTo(6);
    assertThat(s.openFiles()).isEqualTo(6);
    assertThat(s.residentBytes()).isEqualTo(14 * 4096L);
    assertThat(s.privateBytes()).isEqualTo(12 * 4096L);
    assertThat(s.readBytes()).isEqualTo(3 * 4096L);
    assertThat(s.timestamp()).isEqualTo(clock.instant());
    assertThat(s.cgroup()).isEmpty();
  }

  @Test
  void treeSampler_withoutDescendantsReadsRootOnly() throws Exception {
    process(10, statLine(10, 'S', 1, 100, 0, 0, 2, 1), "10 8 2 0 0 0 0", IO, 3, 11);
    process(11, statLine(11, 'S', 10, 50, 50, 0, 3, 1), "10 4 0 0 0 0 0", IO, 2);
    var sampler = new ProcessTreeSampler(new SampleTarget.ProcessTree(10, false), new ProcessReader(proc, 4096), Clock.systemUTC());
    assertThat(sampler.sample().processes()).isEqualTo(1);
  }

  @Test
  void treeSampler_zombieRootIsGone() throws IOException {
    process(10, statLine(10, 'Z', 1, 100, 0, 0, 1, 0), "0 0 0 0 0 0 0", IO, 0);
    var sampler = new ProcessTreeSampler(new SampleTarget.ProcessTree(10, true), new ProcessReader(proc, 4096), Clock.systemUTC());
    assertThatThrownBy(sampler::sample).isInstanceOf(TargetGoneException.class).hasMessageContaining("process 10");
  }

  @Test
  void unreadableIo_isUnavailableWithNote() throws Exception {
    process(10, statLine(10, 'S', 1, 1, 0, 0, 1, 0), "10 8 2 0 0 0 0", null, 1);
    var sampler = new ProcessTreeSampler(new SampleTarget.ProcessTree(10, true), new ProcessReader(proc, 4096), Clock.systemUTC());
    // No io file at all reads as the process vanishing mid-read; a root that vanishes is gone.
    assertThatThrownBy(sampler::sample).isInstanceOf(TargetGoneException.class);
  }

  @Test
  void pageSize_comesFromAuxv() {
    ByteBuffer b = ByteBuffer.allocate(48).order(ByteOrder.nativeOrder());
    b.putLong(33).putLong(123).putLong(6).putLong(65536).putLong(0).putLong(0);
    assertThat(ProcessReader.pageSizeFromAuxv(b.array())).hasValue(65536);
    assertThat(ProcessReader.pageSizeFromAuxv(new byte[0])).isEmpty();
  }

  @Test
  void hostReader_readsOwnProcess() throws IOException {
    ProcessReader host = ProcessReader.forHost();
    ProcessFigures self = host.read(ProcessHandle.current().pid(), new LinkedHashSet<>()).orElseThrow();
    assertThat(self.stat().threads()).isGreaterThan(1);
    assertThat(self.residentBytes()).isGreaterThan(1 << 20);
    assertThat(self.openFiles()).isGreaterThan(2);
  }

  @Test
  void keyValues_findsKeysAtLineStartOnly() {
    String text = "total_inactive_file 5\ninactive_file 7\nread_bytes: 9\n";
    assertThat(KeyValues.find(text, "inactive_file")).hasValue(7);
    assertThat(KeyValues.find(text, "total_inactive_file")).hasValue(5);
    assertThat(KeyValues.find(text, "read_bytes")).hasValue(9);
    assertThat(KeyValues.find(text, "missing")).isEmpty();
  }
}
