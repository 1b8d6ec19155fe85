package dev.footprint.runtime.internal.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidCgroupTest {
  @TempDir Path root;

  @Test
  void directory_hybridHost_takesTheMemoryController() {
    List<String> lines = List.of("12:pids:/docker/abc", "4:memory:/docker/abc", "2:cpu,cpuacct:/docker/abc", "0::/docker/abc");
    assertThat(PidCgroup.directory(lines, root)).contains(root.resolve("memory/docker/abc"));
  }

  @Test
  void directory_v2Host_takesTheUnifiedLine() throws Exception {
    Files.writeString(root.resolve("cgroup.controllers"), "cpu memory pids");
    List<String> lines = List.of("0::/system.slice/docker-abc.scope");
    assertThat(PidCgroup.directory(lines, root)).contains(root.resolve("system.slice/docker-abc.scope"));
  }

  @Test
  void directory_unifiedLineOnAV1Host_isNotUsed() {
    assertThat(PidCgroup.directory(List.of("0::/x", "1:name=systemd:/x"), root)).isEmpty();
  }

  @Test
  void directory_ofThisProcess_existsOnLinux() {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")));
    assertThat(PidCgroup.directory(Path.of("/proc"), Path.of("/sys/fs/cgroup"), ProcessHandle.current().pid()))
        .hasValueSatisfying(p -> assertThat(p).isDirectory());
  }
}
