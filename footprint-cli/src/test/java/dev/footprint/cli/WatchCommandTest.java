package dev.footprint.cli;

import static dev.footprint.cli.WatchProgramsSupport.footprint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.footprint.cli.WatchProgramsSupport.Result;
import org.junit.jupiter.api.Test;

/** Usage errors of footprint watch: one line, exit 2, before anything is started. */
class WatchCommandTest {
  @Test
  void noTarget_isUsageError() {
    Result r = footprint("watch", "-d", "1s");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("give exactly one of: PID, --container ID, or -- COMMAND");
  }

  @Test
  void pidAndContainer_isUsageError() {
    assertThat(footprint("watch", "1", "--container", "abcd1234").exitCode()).isEqualTo(2);
  }

  @Test
  void pidAndCommand_isRejectedBeforeStartingAnything() {
    long before = ProcessHandle.current().children().count();
    Result r = footprint("watch", "1", "--", "sleep", "30");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(ProcessHandle.current().children().count()).isEqualTo(before);
  }

  @Test
  void jvmWithContainer_isUsageError() {
    assertThat(footprint("watch", "--jvm", "--container", "abcd1234").err()).contains("--jvm needs a PID or -- COMMAND");
  }

  @Test
  void notANumber_pointsToDashes() {
    Result r = footprint("watch", "sleep");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("not a process id: 'sleep'").contains("after --");
  }

  @Test
  void badInterval_namesTheInput() {
    Result r = footprint("watch", "-i", "fast", "1");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("not a duration: 'fast'");
  }

  @Test
  void zeroInterval_isRejected() {
    assertThat(footprint("watch", "-i", "0s", "1").exitCode()).isEqualTo(2);
  }

  @Test
  void unknownFormat_isRejected() {
    assertThat(footprint("watch", "--format", "xml", "1").err()).contains("--format must be text or json");
  }

  @Test
  void processThatDoesNotExist_isBadInput() {
    Result r = footprint("watch", "-d", "1s", Integer.toString(Integer.MAX_VALUE - 7));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("is not running").doesNotContain("Exception");
  }

  @Test
  void commandThatCannotStart_isBadInput() {
    Result r = footprint("watch", "-d", "1s", "--", "/nonexistent/program");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("cannot start '/nonexistent/program'");
  }

  @Test
  void unknownContainer_isBadInput() {
    Result r = footprint("watch", "-d", "1s", "--container", "feedfacecafe");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no cgroup found for container 'feedfacecafe'");
  }

  @Test
  void ownProcess_watchedBriefly_printsSummary() {
    Result r = footprint("watch", "-i", "50ms", "-d", "300ms", "--no-descendants", Long.toString(ProcessHandle.current().pid()));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("footprint watch: process " + ProcessHandle.current().pid()).contains("open_files");
  }

  @Test
  void prometheusPortInUse_isBadInput() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Result r = footprint("watch", "-d", "200ms", "--prometheus", Integer.toString(taken.getLocalPort()),
          Long.toString(ProcessHandle.current().pid()));
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
    }
  }
}
