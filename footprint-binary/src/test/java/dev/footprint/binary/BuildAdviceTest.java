package dev.footprint.binary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildAdviceTest {
  private static BinaryInfo info(List<String> needed, Linkage linkage, long strippable,
      Optional<GoBuildInfo> go) {
    return new BinaryInfo("app", 1000, BinaryFormat.ELF, "executable", "amd64", 64, false,
        List.of(), List.of(), Optional.empty(), needed, List.of(), List.of(), Optional.empty(),
        linkage, needed.contains("libc.so.6") ? Libc.GLIBC : Libc.NONE, strippable / 2,
        strippable - strippable / 2, strippable, Optional.empty(), go);
  }

  private static Optional<GoBuildInfo> go(String... settings) {
    List<GoSetting> list = new java.util.ArrayList<>();
    for (String s : settings) {
      list.add(new GoSetting(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1)));
    }
    return Optional.of(new GoBuildInfo("go1.22.0", "example.com/app", Optional.empty(), List.of(), list));
  }

  @Test
  void command_goWithCgoButOnlyLibc_addsCgoEnabledZero() {
    BinaryInfo b = info(List.of("libc.so.6"), Linkage.DYNAMIC, 500, go("CGO_ENABLED=1"));
    assertThat(BuildAdvice.command(b)).isEqualTo("CGO_ENABLED=0 go build -trimpath -ldflags=\"-s -w\"");
  }

  @Test
  void command_goLinkingARealCLibrary_keepsCgo() {
    BinaryInfo b = info(List.of("libsqlite3.so.0", "libc.so.6"), Linkage.DYNAMIC, 500, go("CGO_ENABLED=1"));
    assertThat(BuildAdvice.command(b)).isEqualTo("go build -trimpath -ldflags=\"-s -w\"");
  }

  @Test
  void command_strippedTrimmedGo_hasNothingToAdd() {
    BinaryInfo b = info(List.of(), Linkage.STATIC, 0, go("-trimpath=true", "CGO_ENABLED=0"));
    assertThat(BuildAdvice.command(b)).isEmpty();
    assertThat(BuildAdvice.advice(b)).singleElement().asString().contains("scratch");
  }

  @Test
  void command_unstrippedC_suggestsLinkerFlags() {
    BinaryInfo b = info(List.of("libc.so.6"), Linkage.DYNAMIC, 900, Optional.empty());
    assertThat(BuildAdvice.flags(b)).containsExactly("-s", "-Wl,--gc-sections");
    assertThat(BuildAdvice.advice(b)).anySatisfy(a -> assertThat(a).contains("glibc"));
  }
}
