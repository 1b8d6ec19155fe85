package dev.footprint.slim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.footprint.slim.SlimOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RemovalRulesTest {
  private static final List<String> PATHS = List.of(
      "usr/share/doc", "usr/share/doc/pkg", "usr/share/doc/pkg/copyright", "usr/share/doc/pkg/changelog.gz",
      "usr/share/doc/pkg/examples", "usr/share/doc/pkg/examples/copyright", "usr/share/locale/locale.alias",
      "usr/share/locale/de/LC_MESSAGES/x.mo", "var/lib/apt/lists/lock", "var/lib/apt/lists/deb_Packages",
      "var/lib/apt/lists/partial/x", "src/.git", "src/.git/objects/ab", "a/b/.hg/store", "app/main",
      "root/.cache/go-build/00/abc", "etc/ssl/certs/ca.pem", "usr/share/man/man1/ls.1.gz");

  /** The rule as the slim plan defines it: the shallowest removed prefix decides, keep globs first. */
  private static Optional<String> reference(String path, List<RemovalRule> rules, List<PathGlob> keep) {
    if (keep.stream().anyMatch(k -> k.matches(path))) {
      return Optional.empty();
    }
    for (int i = path.indexOf('/'); ; i = path.indexOf('/', i + 1)) {
      String prefix = i < 0 ? path : path.substring(0, i);
      for (RemovalRule r : rules) {
        if (r.removes(prefix)) {
          return Optional.of(r.transformation());
        }
      }
      if (i < 0) {
        return Optional.empty();
      }
    }
  }

  @Test
  void answersAsThePrefixWalkDoes_inAnyOrderOfQuestions() {
    List<String> keepGlobs = List.of("/usr/share/doc/*/examples/copyright");
    List<PathGlob> keep = keepGlobs.stream().map(PathGlob::of).toList();
    List<RemovalRule> all = List.of(RemovalRule.PACKAGE_CACHE, RemovalRule.DOCS, RemovalRule.VCS);
    Random random = new Random(7);
    for (int round = 0; round < 20; round++) {
      RemovalRules rules = RemovalRules.of(SlimOptions.defaults().withKeep(keepGlobs));
      List<String> order = new ArrayList<>(PATHS);
      Collections.shuffle(order, random);
      for (String p : order) {
        assertThat(rules.ruleFor(p)).as(p).isEqualTo(reference(p, all, keep));
      }
    }
  }

  @Test
  void removedDirectoryTakesItsSubtree_butCopyrightAndKeptPathsStay() {
    RemovalRules rules = RemovalRules.of(SlimOptions.defaults().withKeep(List.of("/usr/share/doc/*/examples/copyright")));
    assertThat(rules.ruleFor("usr/share/doc/pkg/copyright")).isEmpty();
    assertThat(rules.ruleFor("usr/share/doc/pkg/examples/x.c")).contains("docs");
    assertThat(rules.ruleFor("usr/share/doc/pkg/examples/copyright")).isEmpty();
    assertThat(rules.ruleFor("src/.git/objects/ab")).contains("vcs");
    assertThat(rules.ruleFor("var/lib/apt/lists/lock")).isEmpty();
    assertThat(rules.ruleFor("app/main")).isEmpty();
    RemovalRules off = RemovalRules.of(SlimOptions.defaults().withDropDocs(false));
    assertThat(off.ruleFor("usr/share/doc/pkg/changelog.gz")).isEmpty();
    assertThat(off.ruleFor("var/lib/apt/lists/deb_Packages")).contains("package-cache");
  }
}
