package dev.footprint.runtime.internal.cgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.common.InvalidInputException;
import dev.footprint.runtime.sample.SampleTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CgroupLocatorTest {
  @TempDir Path tmp;
  private static final String ID = "4f1c0a9be27d11aa";

  @Test
  void v2_findsScopeDirectoryByIdPrefix() throws Exception {
    Path cg = tmp.resolve("cg");
    Files.createDirectories(cg);
    Files.writeString(cg.resolve("cgroup.controllers"), "cpu memory pids\n");
    Path scope = Files.createDirectories(cg.resolve("system.slice/docker-" + ID + ".scope/init"));
    SampleTarget.Cgroup g = new CgroupLocator(cg, List.of()).locate(ID.substring(0, 8));
    assertThat(g.version()).isEqualTo(2);
    assertThat(g.directory("")).isEqualTo(scope.getParent().toRealPath());
  }

  @Test
  void hybrid_mapsMemoryDirectoryToEachController() throws Exception {
    Path cg = tmp.resolve("cg");
    for (String c : List.of("memory", "cpuacct", "pids", "blkio")) {
      Files.createDirectories(cg.resolve(c).resolve("runc-tests").resolve(ID));
    }
    Files.createDirectories(cg.resolve("unified"));
    SampleTarget.Cgroup g = new CgroupLocator(cg, List.of()).locate(ID);
    assertThat(g.version()).isEqualTo(1);
    assertThat(g.directories()).containsOnlyKeys("memory", "cpuacct", "pids", "blkio");
    assertThat(g.directory("pids")).isEqualTo(cg.resolve("pids/runc-tests").resolve(ID).toRealPath());
  }

  @Test
  void hybrid_pathInOneController_findsDifferentlyNestedMemoryGroup() throws Exception {
    Path cg = tmp.resolve("cg");
    Path pids = Files.createDirectories(cg.resolve("pids").resolve(ID));
    Path mem = Files.createDirectories(cg.resolve("memory/process_api/abc").resolve(ID));
    SampleTarget.Cgroup g = new CgroupLocator(cg, List.of()).locate(pids.toString());
    assertThat(g.directory("memory")).isEqualTo(mem.toRealPath());
    assertThat(g.directory("pids")).isEqualTo(pids.toRealPath());
  }

  @Test
  void runcState_winsOverSearch() throws Exception {
    Path cg = Files.createDirectories(tmp.resolve("cg/memory"));
    Path state = Files.createDirectories(tmp.resolve("run/runc/" + ID));
    Files.writeString(state.resolve("state.json"),
        "{\"id\":\"" + ID + "\",\"cgroup_paths\":{\"memory\":\"/sys/fs/cgroup/memory/x\",\"cpuacct\":\"/sys/fs/cgroup/cpuacct/x\",\"devices\":\"/d\"}}");
    SampleTarget.Cgroup g = new CgroupLocator(cg.getParent(), List.of(tmp.resolve("run/runc"))).locate(ID);
    assertThat(g.version()).isEqualTo(1);
    assertThat(g.directories()).containsOnlyKeys("memory", "cpuacct");
    assertThat(g.directory("memory")).isEqualTo(Path.of("/sys/fs/cgroup/memory/x"));
  }

  @Test
  void runcStateOnHybridHost_prefersV1Controllers() throws Exception {
    Path state = Files.createDirectories(tmp.resolve("run/" + ID));
    Files.writeString(state.resolve("state.json"),
        "{\"cgroup_paths\":{\"\":\"/sys/fs/cgroup/unified/x\",\"memory\":\"/sys/fs/cgroup/memory/p/x\",\"pids\":\"/sys/fs/cgroup/pids/x\"}}");
    SampleTarget.Cgroup g = new CgroupLocator(tmp.resolve("cg"), List.of(tmp.resolve("run"))).locate(ID);
    assertThat(g.version()).isEqualTo(1);
    assertThat(g.directories()).containsOnlyKeys("memory", "pids");
  }

  @Test
  void runcStateOnV2Host_usesUnifiedDirectory() throws Exception {
    Path state = Files.createDirectories(tmp.resolve("run/" + ID));
    Files.writeString(state.resolve("state.json"), "{\"cgroup_paths\":{\"\":\"/sys/fs/cgroup/system.slice/x\"}}");
    SampleTarget.Cgroup g = new CgroupLocator(tmp.resolve("cg"), List.of(tmp.resolve("run"))).locate(ID);
    assertThat(g.version()).isEqualTo(2);
    assertThat(g.directory("")).isEqualTo(Path.of("/sys/fs/cgroup/system.slice/x"));
  }

  @Test
  void unknownOrAmbiguousIdIsInvalidInput() throws Exception {
    Path cg = tmp.resolve("cg");
    Files.createDirectories(cg.resolve("memory/a/docker-" + ID + "1"));
    Files.createDirectories(cg.resolve("memory/b/docker-" + ID + "2"));
    CgroupLocator locator = new CgroupLocator(cg, List.of());
    assertThatThrownBy(() -> locator.locate("deadbeef")).isInstanceOf(InvalidInputException.class).hasMessageContaining("no cgroup found");
    assertThatThrownBy(() -> locator.locate(ID)).isInstanceOf(InvalidInputException.class).hasMessageContaining("ambiguous");
    assertThatThrownBy(() -> locator.locate("ab")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void namesContainer_requiresSeparatorBeforeId() {
    assertThat(CgroupLocator.namesContainer(Path.of("/x/docker-abcd.scope"), "abcd")).isTrue();
    assertThat(CgroupLocator.namesContainer(Path.of("/x/abcd"), "abcd")).isTrue();
    assertThat(CgroupLocator.namesContainer(Path.of("/x/xabcd"), "abcd")).isFalse();
  }
}
