package dev.footprint.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One planted case per category on synthetic layers, each with its negative twin. */
class FindingsTest {
  @TempDir Path dir;

  static List<Finding> of(Analysis a, Category c) {
    return a.findings().stream().filter(f -> f.category() == c).toList();
  }

  @Test
  void wasted_namesAddingAndRemovingLayer() throws Exception {
    SyntheticImage img = new SyntheticImage();
    img.layer("/bin/sh -c build").filled("data/big.bin", 100_000, 'b').filled("data/over.bin", 50_000, 'o')
        .filled("data/kept.bin", 70_000, 'k');
    img.layer("/bin/sh -c rm").whiteout("data/big.bin").filled("data/over.bin", 10, 'n');
    Analysis a = img.analyze(dir);
    List<Finding> wasted = of(a, Category.WASTED);
    assertThat(wasted).hasSize(1);
    Finding f = wasted.get(0);
    assertThat(f.layer()).hasValue(0);
    assertThat(f.bytes()).isEqualTo(150_000);
    assertThat(f.estimatedSavingBytes()).isEqualTo(150_000);
    assertThat(f.paths()).containsExactly("/data/big.bin", "/data/over.bin");
    assertThat(f.title()).contains("layer 0").contains("layer 1");
  }

  @Test
  void wasted_notReportedForSmallOrKeptFiles() throws Exception {
    SyntheticImage img = new SyntheticImage();
    img.layer("a").filled("etc/x", 1000, 'x').filled("data/kept.bin", 70_000, 'k');
    img.layer("b").filled("etc/x", 1000, 'y');
    assertThat(of(img.analyze(dir), Category.WASTED)).isEmpty();
  }

  @Test
  void duplicate_sameContentUnderTwoPaths() throws Exception {
    SyntheticImage img = new SyntheticImage();
    img.layer("a").filled("app/assets/bundle.bin", 200_000, 'z');
    img.layer("b").filled("opt/backup/bundle.bin", 200_000, 'z').filled("opt/other.bin", 200_000, 'y');
    Analysis a = img.analyze(dir);
    List<Finding> dup = of(a, Category.DUPLICATE);
    assertThat(dup).hasSize(1);
    assertThat(dup.get(0).paths()).containsExactly("/app/assets/bundle.bin", "/opt/backup/bundle.bin");
    assertThat(dup.get(0).estimatedSavingBytes()).isEqualTo(200_000);
    assertThat(dup.get(0).layer()).hasValue(1);
  }

  @Test
  void duplicate_ignoresLicenceCopiesAndSmallFiles() throws Exception {
    SyntheticImage img = new SyntheticImage();
    img.layer("a").filled("usr/share/doc/a/copyright", 90_000, 'c').filled("usr/share/doc/b/copyright", 90_000, 'c')
        .filled("etc/a", 900, 's').filled("etc/b", 900, 's');
    Analysis a = img.analyze(dir);
    assertThat(of(a, Category.DUPLICATE)).isEmpty();
    assertThat(of(a, Category.DOCS)).isEmpty();
  }

  @Test
  void packageCache_eachToolItsOwnFinding() throws Exception {
    SyntheticImage img = new SyntheticImage();
    img.layer("a").filled("var/lib/apt/lists/deb.debian.org_Packages", 300_000, 'p')
        .filled("var/cache/apt/archives/x.deb", 2_000_000, 'd')
        .filled("root/.cache/go-build/ab/abcdef-d", 5000, 'g')
        .filled("root/go/pkg/mod/cache/download/x/@v/v1.zip", 5000, 'm')
        .filled("root/.m2/repository/org/x/1.0/x.jar", 5000, 'j')
        .filled("root/.cache/pip/http/1/2/3", 5000, 'p')
        .filled("root/.npm/_cacache/content-v2/sha512/ab/cd", 5000, 'n')
        .filled("var/cache/apk/APKINDEX.tar.gz", 5000, 'a');
    Analysis a = img.analyze(dir);
    List<Finding> caches = of(a, Category.PACKAGE_CACHE);
    assertThat(caches).extracting(f -> f.paths().get(0)).containsExactlyInAnyOrder("/var/cache/apt",
        "/var/lib/apt/lists", "/root/.cache/go-build", "/root/go/pkg/mod", "/root/.m2/repository",
        "/root/.cache/pip", "/root/.npm/_cacache", "/var/cache/apk");
    Finding apt = caches.stream().filter(f -> f.paths().get(0).equals("/var/cache/apt")).findFirst().orElseThrow();
    assertThat(apt.severity()).isEqualTo(Severity.WARNING);
    assertThat(apt.estimatedSavingBytes()).isEqualTo(2_000_000);
    assertThat(apt.recommendation()).contains("apt-get clean");
  }

  @Test
  void toolchain_goAndCAndJdk() throws Exception {
    SyntheticImage img = new SyntheticImage();
    img.layer("a").filled("usr/local/go/bin/go", 30_000, 'g').filled("usr/local/go/pkg/tool/linux_amd64/compile", 40_000, 'c')
        .filled("usr/include/stdio.h", 3000, 'h').filled("usr/lib/gcc/x86_64-linux-gnu/12/cc1", 50_000, 'c')
        .filled("usr/lib/jvm/java-17/jmods/java.base.jmod", 60_000, 'j')
        .filled("usr/lib/jvm/java-17/bin/java", 6_000, 'j');
    Analysis a = img.analyze(dir);
    List<Finding> tc = of(a, Category.TOOLCHAIN);
    assertThat(tc).hasSize(3);
    assertThat(tc).allMatch(f -> f.severity() == Severity.WARNING);
    Finding go = tc.stream().filter(f -> f.title().startsWith("Go")).findFirst().orElseThrow();
    assertThat(go.bytes()).isEqualTo(70_000);
    assertThat(go.paths()).containsExactly("/usr/local/go");
    Finding jdk = tc.stream().filter(f -> f.title().startsWith("JDK")).findFirst().orElseThrow();
    assertThat(jdk.bytes()).as("the java launcher is what a JRE keeps").isEqualTo(60_000);
  }

  @Test
  void docs_overThresholdOnly() throws Exception {
    SyntheticImage img = new SyntheticImage();
    img.layer("a").filled("usr/share/doc/pkg/changelog.gz", 70_000, 'c').filled("usr/share/man/man1/x.1.gz", 10_000, 'm')
        .filled("usr/share/locale/de/LC_MESSAGES/x.mo", 10_000, 'l');
    List<Finding> docs = of(img.analyze(dir), Category.DOCS);
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).bytes()).isEqualTo(90_000);
    assertThat(docs.get(0).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void vcs_gitDirectoryAnywhere() throws Exception {
    SyntheticImage img = new SyntheticImage();
    img.layer("a").file("app/.git/HEAD", "ref: refs/heads/main\n").filled("app/.git/objects/pack/p.pack", 5000, 'p')
        .file("app/.gitignore", "target/\n");
    List<Finding> vcs = of(img.analyze(dir), Category.VCS);
    assertThat(vcs).hasSize(1);
    assertThat(vcs.get(0).paths()).containsExactly("/app/.git");
    assertThat(vcs.get(0).bytes()).isEqualTo(5000 + 21);
  }

  @Test
  void unstrippedAndGoFlags_fromTheBinaryReader() throws Exception {
    SyntheticImage img = new SyntheticImage().cmd("/app/svc");
    img.layer("a").file("app/svc", Elfs.go(false, false, "0"), 0755);
    Analysis a = img.analyze(dir);
    Finding unstripped = of(a, Category.UNSTRIPPED_BINARY).get(0);
    assertThat(unstripped.paths()).containsExactly("/app/svc");
    assertThat(unstripped.estimatedSavingBytes()).isEqualTo(70 * 1024);
    Finding flags = of(a, Category.GO_BUILD_FLAGS).get(0);
    assertThat(flags.title()).contains("-trimpath").contains("-s -w").contains("go1.22.1");
    assertThat(flags.recommendation()).contains("go build -trimpath -ldflags=\"-s -w\"");
    assertThat(flags.estimatedSavingBytes()).as("counted once, under unstripped-binary").isZero();
  }

  @Test
  void goFlags_cgoOnWithoutC() throws Exception {
    SyntheticImage img = new SyntheticImage();
    img.layer("a").file("usr/local/bin/svc", Elfs.go(true, true, "1"), 0755);
    Analysis a = img.analyze(dir);
    assertThat(of(a, Category.UNSTRIPPED_BINARY)).isEmpty();
    assertThat(of(a, Category.GO_BUILD_FLAGS)).singleElement().satisfies(f -> assertThat(f.title()).contains("CGO_ENABLED=1"));
  }

  @Test
  void goFlags_cgoWithItsOwnCCode_notAskedToDropCgo() throws Exception {
    SyntheticImage img = new SyntheticImage();
    img.layer("a").file("usr/local/bin/svc", Elfs.go(true, true, "1", "net._C2func_getaddrinfo\0main._Cfunc_footprint_sum"), 0755)
        .file("usr/local/bin/std", Elfs.go(true, true, "1", "net._C2func_getaddrinfo\0os/user._Cfunc_mygetpwuid_r"), 0755);
    List<Finding> flags = of(img.analyze(dir), Category.GO_BUILD_FLAGS);
    assertThat(flags).singleElement().satisfies(f -> assertThat(f.paths()).containsExactly("/usr/local/bin/std"));
  }

  @Test
  void goWellBuilt_noBinaryFindings() throws Exception {
    SyntheticImage img = new SyntheticImage();
    img.layer("a").file("svc", Elfs.go(true, true, "0"), 0755);
    Analysis a = img.analyze(dir);
    assertThat(a.findings()).isEmpty();
  }

  @Test
  void source_treeNextToCompiledProgram() throws Exception {
    SyntheticImage img = new SyntheticImage();
    img.layer("a").file("app/src/go.mod", "module example.com/svc\n").filled("app/src/main.go", 3000, 'g')
        .filled("app/src/internal/x/x.go", 1000, 'x').file("app/svc", Elfs.go(true, true, "0"), 0755)
        .filled("root/go/pkg/mod/example.com/dep@v1/go.mod", 2000, 'd');
    List<Finding> src = of(img.analyze(dir), Category.SOURCE);
    assertThat(src).singleElement().satisfies(f -> {
      assertThat(f.paths()).containsExactly("/app/src");
      assertThat(f.bytes()).isEqualTo(23 + 3000 + 1000);
    });
  }

  @Test
  void source_notForInterpretedApps() throws Exception {
    SyntheticImage img = new SyntheticImage();
    img.layer("a").file("app/go.mod", "module x\n").filled("app/main.go", 3000, 'g');
    assertThat(of(img.analyze(dir), Category.SOURCE)).isEmpty();
  }

  @Test
  void layers_consecutiveRunsAndEmptyLayer() throws Exception {
    SyntheticImage img = new SyntheticImage();
    img.layer("/bin/sh -c #(nop) COPY file:abc in /").filled("a", 10, 'a');
    img.layer("/bin/sh -c apt-get update").filled("b", 10, 'b');
    img.layer("RUN /bin/sh -c make # buildkit").filled("c", 10, 'c');
    img.layer("|1 X=1 /bin/sh -c make install").filled("d", 10, 'd');
    img.layer("/bin/sh -c #(nop) WORKDIR /src").dir("src");
    Analysis a = img.analyze(dir);
    List<Finding> layers = of(a, Category.LAYERS);
    assertThat(layers).hasSize(2);
    assertThat(layers).anySatisfy(f -> assertThat(f.title()).contains("3 consecutive RUN layers (1-3)"));
    assertThat(layers).anySatisfy(f -> assertThat(f.title()).contains("layer 4").contains("adds no files"));
  }

  @Test
  void pathEscape_absoluteAndDotDotNames() throws Exception {
    SyntheticImage img = new SyntheticImage();
    img.layer("a").filled("../../../tmp/evil", 10, 'e').filled("ok", 10, 'o');
    List<Finding> esc = of(img.analyze(dir), Category.PATH_ESCAPE);
    assertThat(esc).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.paths()).containsExactly("../../../tmp/evil");
    });
  }

  @Test
  void ranking_bySavingThenSeverity() throws Exception {
    SyntheticImage img = new SyntheticImage();
    img.layer("a").filled("var/cache/apt/x.deb", 2_000_000, 'd').filled("usr/local/go/bin/go", 3_000_000, 'g');
    Analysis a = img.analyze(dir);
    assertThat(a.findings()).extracting(Finding::id).containsExactly("toolchain-1", "package-cache-1");
    assertThat(a.totalSavingBytes()).isEqualTo(5_000_000);
  }
}
