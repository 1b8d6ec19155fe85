package dev.footprint.slim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LikelyCauseTest {
  private final List<SlimResult.Change> changes = List.of(
      new SlimResult.Change("/usr/lib/x86_64-linux-gnu/libssl.so.3", "minify", 600_000, true),
      new SlimResult.Change("/usr/bin/app", "strip", 1000, false),
      new SlimResult.Change("/etc/app.conf", "docs", 10, true));

  @Test
  void of_namesTheLibraryTheLoaderMissed() {
    String log = "/app: error while loading shared libraries: libssl.so.3: cannot open shared object file: No such file or directory";
    assertThat(LikelyCause.of(log, changes)).hasValue("/usr/lib/x86_64-linux-gnu/libssl.so.3 (removed by minify)");
  }

  @Test
  void of_namesAFileTheProgramCouldNotOpen() {
    assertThat(LikelyCause.of("panic: open /etc/app.conf: no such file or directory", changes))
        .hasValue("/etc/app.conf (removed by docs)");
  }

  @Test
  void of_isEmptyWhenNothingRemovedIsNamed() {
    assertThat(LikelyCause.of("segmentation fault", changes)).isEmpty();
    assertThat(LikelyCause.of("open /usr/bin/app: no such file or directory", changes)).isEmpty();
  }
}
