package dev.footprint.runtime.internal.cgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.runtime.sample.CgroupStats;
import dev.footprint.runtime.sample.Sample;
import dev.footprint.runtime.sample.SampleTarget;
import dev.footprint.runtime.sample.TargetGoneException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CgroupReaderTest {
  @TempDir Path root;

  static void write(Path dir, String file, String text) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(file), text);
  }

  @Test
  void v2_workingSetIsUsageMinusInactiveFile() throws Exception {
    Path g = root.resolve("system.slice/docker-abc.scope");
    write(g, "memory.current", "10000000\n");
    write(g, "memory.stat", "anon 6000000\nfile 4000000\nactive_file 1000000\ninactive_file 3000000\n");
    write(g, "memory.peak", "12000000\n");
    write(g, "memory.max", "max\n");
    write(g, "cpu.stat", "usage_usec 2500000\nuser_usec 2000000\nsystem_usec 500000\n");
    write(g, "pids.current", "17\n");
    write(g, "io.stat", "8:0 rbytes=4096 wbytes=8192 rios=1 wios=2 dbytes=0 dios=0\n8:16 rbytes=1 wbytes=2 rios=1 wios=1\n");
    write(g, "cgroup.procs", "5\n6\n");
    Set<String> notes = new LinkedHashSet<>();
    var group = new SampleTarget.Cgroup("abc", 2, Map.of("", g));
    CgroupStats s = new CgroupReader().read(group, notes);
    assertThat(s).isEqualTo(new CgroupStats(2, 10_000_000, 7_000_000, 12_000_000, Sample.UNAVAILABLE, 17, 2_500_000_000L, 4097, 8194));
    assertThat(notes).isEmpty();
    assertThat(new CgroupReader().processes(group)).containsExactly(5L, 6L);
  }

  @Test
  void v2_limitAndMissingPidsController() throws Exception {
    Path g = root.resolve("g");
    write(g, "memory.current", "100\n");
    write(g, "memory.stat", "inactive_file 500\n");
    write(g, "memory.max", "1048576\n");
    write(g, "cgroup.procs", "");
    Set<String> notes = new LinkedHashSet<>();
    CgroupStats s = new CgroupReader().read(new SampleTarget.Cgroup("g", 2, Map.of("", g)), notes);
    assertThat(s.memoryWorkingSetBytes()).isZero(); // inactive larger than usage floors at 0
    assertThat(s.memoryLimitBytes()).isEqualTo(1_048_576);
    assertThat(s.pids()).isEqualTo(Sample.UNAVAILABLE);
    assertThat(s.cpuNanos()).isEqualTo(Sample.UNAVAILABLE);
    assertThat(notes).anyMatch(n -> n.contains("pids controller"));
  }

  @Test
  void v2_removedGroupIsGone() {
    var group = new SampleTarget.Cgroup("x", 2, Map.of("", root.resolve("nope")));
    assertThatThrownBy(() -> new CgroupReader().read(group, new LinkedHashSet<>())).isInstanceOf(TargetGoneException.class);
  }

  @Test
  void v1_readsEachController() throws Exception {
    Path mem = root.resolve("memory/docker/abc");
    write(mem, "memory.usage_in_bytes", "9000\n");
    write(mem, "memory.stat", "cache 10\ninactive_file 1\ntotal_inactive_file 2000\n");
    write(mem, "memory.max_usage_in_bytes", "9500\n");
    write(mem, "memory.limit_in_bytes", "9223372036854771712\n");
    write(mem, "cgroup.procs", "42\n");
    Path cpu = root.resolve("cpuacct/docker/abc");
    write(cpu, "cpuacct.usage", "123456789\n");
    Path pids = root.resolve("pids/docker/abc");
    write(pids, "pids.current", "3\n");
    Path blkio = root.resolve("blkio/docker/abc");
    write(blkio, "blkio.throttle.io_service_bytes_recursive",
        "8:0 Read 100\n8:0 Write 200\n8:0 Sync 300\n8:0 Total 300\n8:16 Read 1\n8:16 Write 2\nTotal 303\n");
    var group = new SampleTarget.Cgroup("abc", 1, Map.of("memory", mem, "cpuacct", cpu, "pids", pids, "blkio", blkio));
    CgroupStats s = new CgroupReader().read(group, new LinkedHashSet<>());
    assertThat(s).isEqualTo(new CgroupStats(1, 9000, 7000, 9500, Sample.UNAVAILABLE, 3, 123_456_789, 101, 202));
    assertThat(new CgroupReader().processes(group)).isEqualTo(List.of(42L));
  }

  @Test
  void v1_missingControllerIsNoted() throws Exception {
    Path mem = root.resolve("memory/abc");
    write(mem, "memory.usage_in_bytes", "10\n");
    write(mem, "cgroup.procs", "");
    Set<String> notes = new LinkedHashSet<>();
    CgroupStats s = new CgroupReader().read(new SampleTarget.Cgroup("abc", 1, Map.of("memory", mem)), notes);
    assertThat(s.cpuNanos()).isEqualTo(Sample.UNAVAILABLE);
    assertThat(s.ioReadBytes()).isEqualTo(Sample.UNAVAILABLE);
    assertThat(notes).anyMatch(n -> n.contains("cpuacct")).anyMatch(n -> n.contains("pids"));
  }
}
