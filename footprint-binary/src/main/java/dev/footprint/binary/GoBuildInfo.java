package dev.footprint.binary;

import dev.footprint.binary.internal.go.GoBuildInfoText;
import java.util.List;
import java.util.Optional;

/**
 * What the Go toolchain embedded in a binary: the Go version, the main package path, the main
 * module, dependencies and build settings (in the order the binary lists them).
 */
public record GoBuildInfo(
    String goVersion,
    String path,
    Optional<GoModule> main,
    List<GoModule> deps,
    List<GoSetting> settings) {

  public GoBuildInfo {
    deps = List.copyOf(deps);
    settings = List.copyOf(settings);
  }

  /** The value of a build setting such as {@code CGO_ENABLED} or {@code -ldflags}. */
  public Optional<String> setting(String key) {
    return settings.stream().filter(s -> s.key().equals(key)).map(GoSetting::value).findFirst();
  }

  /**
   * The build info as {@code runtime/debug.BuildInfo.String()} prints it, including the leading
   * {@code go} line; {@code go version -m} shows the same lines, each indented by a tab.
   */
  public String text() {
    return GoBuildInfoText.render(this);
  }
}
