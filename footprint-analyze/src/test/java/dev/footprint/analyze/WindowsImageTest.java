package dev.footprint.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Windows layers: the file system under Files/, registry hives under Hives/, Windows paths in findings. */
class WindowsImageTest {
  @TempDir Path dir;

  private SyntheticImage windows() {
    SyntheticImage img = new SyntheticImage().os("windows").entrypoint("C:\\app\\svc.exe");
    img.layer("base").dir("Files").dir("Hives").filled("Hives/Software_Delta", 300_000, 'h')
        .filled("Files/Windows/System32/kernel32.dll", 50_000, 'k');
    return img;
  }

  @Test
  void findingsUseWindowsPaths_andIgnoreHives() throws Exception {
    SyntheticImage img = windows();
    img.layer("app").filled("Files/Users/ContainerAdministrator/AppData/Local/pip/Cache/http/a", 5000, 'p')
        .file("Files/app/.git/HEAD", "ref: refs/heads/main\n")
        .filled("Files/Program Files/Go/bin/go.exe", 20_000, 'g')
        .file("Files/app/.env", "X=FAKE\n")
        .filled("Files/app/svc.exe", 40_000, 's');
    Analysis a = img.analyze(dir);
    assertThat(FindingsTest.of(a, Category.PACKAGE_CACHE)).singleElement()
        .satisfies(f -> assertThat(f.paths()).containsExactly("C:\\Users\\ContainerAdministrator\\AppData\\Local\\pip\\Cache"));
    assertThat(FindingsTest.of(a, Category.VCS)).singleElement()
        .satisfies(f -> assertThat(f.paths()).containsExactly("C:\\app\\.git"));
    assertThat(FindingsTest.of(a, Category.TOOLCHAIN)).singleElement()
        .satisfies(f -> assertThat(f.paths()).containsExactly("C:\\Program Files\\Go"));
    assertThat(FindingsTest.of(a, Category.SECRET)).singleElement()
        .satisfies(f -> assertThat(f.paths()).containsExactly("C:\\app\\.env"));
    assertThat(a.findings()).noneMatch(f -> f.paths().stream().anyMatch(p -> p.contains("Hives")));
    assertThat(a.minimalImage().orElseThrow().entrypoint()).isEqualTo("/Files/app/svc.exe");
    assertThat(a.minimalImage().orElseThrow().estimatedBytes()).isEqualTo(40_000);
  }

  @Test
  void foreignLayers_listed() throws Exception {
    SyntheticImage img = windows();
    img.layer("app").filled("Files/app/svc.exe", 10, 's').mediaType = "application/vnd.oci.image.layer.nondistributable.v1.tar";
    Analysis a = img.analyze(dir);
    assertThat(a.foreignLayers()).singleElement().satisfies(s -> assertThat(s).startsWith("layer 1 sha256:")
        .contains("nondistributable"));
  }

  @Test
  void foreignLayerWithoutBlob_listedNotFetched() throws Exception {
    SyntheticImage img = new SyntheticImage().os("windows");
    img.layer("base").filled("Files/Windows/System32/x.dll", 100, 'x').mediaType =
        "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip";
    img.layer("app").filled("Files/app/svc.exe", 10, 's');
    try (var image = img.open(dir)) {
      String digest = image.layers().get(0).descriptor().digest().toString().substring("sha256:".length());
      java.nio.file.Files.delete(dir.resolve("blobs/sha256/" + digest));
      Analysis a = ImageAnalyzer.analyze(image, 1);
      assertThat(a.foreignLayers()).singleElement().satisfies(s -> assertThat(s).contains("foreign"));
      assertThat(a.findings()).isEmpty();
      // inspect's measurer lists it too instead of failing on the missing blob.
      var metrics = new dev.footprint.image.metrics.ImageMeasurer(1, 5).measure(image);
      assertThat(metrics.layers()).hasSize(2);
      assertThat(metrics.layers().get(0).sizeBytes()).isZero();
      assertThat(metrics.layers().get(1).sizeBytes()).isEqualTo(10);
    }
  }

  @Test
  void cleanWindowsServiceImage_hasNoFindings() throws Exception {
    SyntheticImage img = windows();
    img.layer("app").filled("Files/app/svc.exe", 40_000, 's');
    assertThat(img.analyze(dir).findings()).isEmpty();
  }
}
