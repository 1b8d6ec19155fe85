package dev.footprint.slim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathGlobTest {
  private static final List<String> GLOBS = List.of(
      "usr/share/doc/**/*", "usr/share/doc/*/copyright", "usr/share/doc/*", "**/.git", "**/.git/**",
      "var/lib/apt/lists/lock", "home/*/.cache/pip", "/etc/**", "**/*.so", "a?c/**", "**", "*", "x/**/y/*.txt");
  private static final List<String> PATHS = List.of(
      "usr/share/doc", "usr/share/doc/p", "usr/share/doc/p/copyright", "usr/share/doc/p/q/copyright",
      ".git", "src/.git", "src/.git/objects/ab", "src/.gitignore", "a/b/.git/x", "var/lib/apt/lists/lock",
      "var/lib/apt/lists/lockx", "home/bob/.cache/pip", "home/bob/x/.cache/pip", "etc", "etc/ssl/cert.pem",
      "usr/lib/libc.so", "usr/lib/libc.so.6", "abc/d", "axc", "x/y/a.txt", "x/1/2/y/a.txt", "x/y/b/a.txt", "top");

  @Test
  void literalShortcutsNeverChangeTheAnswer() {
    for (String g : GLOBS) {
      PathGlob glob = PathGlob.of(g);
      for (String p : PATHS) {
        assertThat(glob.matches(p)).as(g + " ~ " + p).isEqualTo(glob.regex().matcher(p).matches());
      }
    }
  }

  @Test
  void globSyntax() {
    assertThat(PathGlob.of("usr/share/doc/*/copyright").matches("usr/share/doc/p/copyright")).isTrue();
    assertThat(PathGlob.of("usr/share/doc/*/copyright").matches("usr/share/doc/p/q/copyright")).isFalse();
    assertThat(PathGlob.of("**/.git").matches(".git")).isTrue();
    assertThat(PathGlob.of("**/.git").matches("a/b/.git")).isTrue();
    assertThat(PathGlob.of("**/.git").matches("a/b/.gitx")).isFalse();
    assertThat(PathGlob.of("/etc/**").matches("etc/ssl/cert.pem")).isTrue();
    assertThat(PathGlob.of("x/**/y/*.txt").matches("x/y/a.txt")).isTrue();
  }
}
