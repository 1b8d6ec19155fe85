package dev.footprint.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** base-image facts, libc-mismatch and the minimal-image estimate on synthetic root file systems. */
class BaseAndMinimalImageTest {
  @TempDir Path dir;

  private static final String DPKG = "Package: libc6\nStatus: install ok installed\n\nPackage: gone\n"
      + "Status: deinstall ok config-files\n\nPackage: bash\nStatus: install ok installed\n";

  private SyntheticImage debianLike() {
    SyntheticImage img = new SyntheticImage().cmd("/usr/local/bin/app").user("app");
    img.layer("debootstrap")
        .file("usr/lib/os-release", "NAME=\"Debian GNU/Linux\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n")
        .symlink("etc/os-release", "../usr/lib/os-release")
        .file("var/lib/dpkg/status", DPKG)
        .symlink("lib64", "usr/lib64")
        .file("usr/lib64/ld-linux-x86-64.so.2", Elfs.library("ld-linux-x86-64.so.2", 1000))
        .file("usr/lib/x86_64-linux-gnu/libc.so.6", Elfs.library("libc.so.6", 3000))
        .file("usr/lib/x86_64-linux-gnu/libssl.so.3", Elfs.library("libssl.so.3", 2000, "libcrypto.so.3", "libc.so.6"))
        .file("usr/lib/x86_64-linux-gnu/libcrypto.so.3", Elfs.library("libcrypto.so.3", 5000, "libc.so.6"))
        .file("usr/lib/x86_64-linux-gnu/libunused.so.1", Elfs.library("libunused.so.1", 9000))
        .file("etc/ld.so.conf", "include /etc/ld.so.conf.d/*.conf\n")
        .file("etc/ld.so.conf.d/x86_64-linux-gnu.conf", "/usr/lib/x86_64-linux-gnu\n")
        .file("etc/ssl/certs/ca-certificates.crt", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
        .file("etc/passwd", "root:x:0:0::/root:/bin/sh\napp:x:1000:1000::/home/app:/sbin/nologin\n")
        .file("etc/group", "root:x:0:\napp:x:1000:\n")
        .filled("usr/bin/big-tool", 8_000_000, 't');
    return img;
  }

  @Test
  void baseFacts_fromOsReleaseLoaderAndDpkg() throws Exception {
    SyntheticImage img = debianLike();
    img.layer("COPY app").file("usr/local/bin/app",
        Elfs.dynamic("/lib64/ld-linux-x86-64.so.2", true, "libssl.so.3", "libc.so.6"), 0755);
    Analysis a = img.analyze(dir);
    assertThat(a.base().os()).hasValue("Debian GNU/Linux 12 (bookworm)");
    assertThat(a.base().libc()).isEqualTo("glibc");
    assertThat(a.base().packages()).containsEntry("dpkg", 2);
    List<Finding> base = FindingsTest.of(a, Category.BASE_IMAGE);
    assertThat(base).singleElement().satisfies(f -> {
      assertThat(f.title()).contains("Debian GNU/Linux 12").contains("glibc").contains("2 dpkg packages");
      assertThat(f.recommendation()).contains("glibc");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
    });
    assertThat(FindingsTest.of(a, Category.LIBC_MISMATCH)).isEmpty();
  }

  @Test
  void minimalImage_closureThroughTheImagesOwnLoaderPaths() throws Exception {
    SyntheticImage img = debianLike();
    byte[] app = Elfs.dynamic("/lib64/ld-linux-x86-64.so.2", false, "libssl.so.3", "libc.so.6");
    img.layer("COPY app").file("usr/local/bin/app", app, 0755);
    MinimalImage m = img.analyze(dir).minimalImage().orElseThrow();
    assertThat(m.complete()).as(m.notes().toString()).isTrue();
    assertThat(m.entrypoint()).isEqualTo("/usr/local/bin/app");
    assertThat(m.files()).extracting(MinimalImage.File::path).containsExactlyInAnyOrder("/usr/local/bin/app",
        "/lib64", "/usr/lib64/ld-linux-x86-64.so.2", "/usr/lib/x86_64-linux-gnu/libssl.so.3",
        "/usr/lib/x86_64-linux-gnu/libc.so.6", "/usr/lib/x86_64-linux-gnu/libcrypto.so.3",
        "/etc/ssl/certs/ca-certificates.crt", "/etc/passwd", "/etc/group");
    long appStripped = m.files().stream().filter(f -> f.path().equals("/usr/local/bin/app")).findFirst().orElseThrow().bytes();
    assertThat(appStripped).isEqualTo(app.length - 70 * 1024);
    assertThat(m.estimatedBytes()).isEqualTo(m.files().stream().mapToLong(MinimalImage.File::bytes).sum());
  }

  @Test
  void minimalImage_tzdataOnlyWhenReferenced() throws Exception {
    SyntheticImage img = new SyntheticImage().entrypoint("/svc").env("TZ=Europe/Paris");
    img.layer("a").file("svc", Elfs.go(true, true, "0"), 0755).filled("usr/share/zoneinfo/Europe/Paris", 2000, 'z')
        .filled("usr/share/zoneinfo/Asia/Tokyo", 300, 'z');
    MinimalImage m = img.analyze(dir).minimalImage().orElseThrow();
    assertThat(m.files()).extracting(MinimalImage.File::path).containsExactly("/svc", "/usr/share/zoneinfo/Europe/Paris");
  }

  @Test
  void minimalImage_scriptEntrypointKeepsItsInterpreter() throws Exception {
    SyntheticImage img = new SyntheticImage().entrypoint("/app/start.sh");
    img.layer("a").file("bin/busybox", Elfs.go(true, true, "0"), 0755).symlink("bin/sh", "busybox")
        .file("app/start.sh", "#!/bin/sh\nexec httpd -f\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), 0755);
    MinimalImage m = img.analyze(dir).minimalImage().orElseThrow();
    assertThat(m.complete()).isTrue();
    assertThat(m.files()).extracting(MinimalImage.File::path).containsExactly("/app/start.sh", "/bin/sh", "/bin/busybox");
  }

  @Test
  void libcMismatch_glibcBinaryOnMuslBase() throws Exception {
    SyntheticImage img = new SyntheticImage().cmd("/usr/local/bin/app");
    img.layer("alpine").file("lib/ld-musl-x86_64.so.1", Elfs.library("libc.musl-x86_64.so.1", 1000))
        .file("etc/os-release", "PRETTY_NAME=\"Alpine Linux v3.20\"\n")
        .file("lib/apk/db/installed", "P:musl\nV:1\n\nP:busybox\nV:1\n");
    img.layer("COPY").file("usr/local/bin/app", Elfs.dynamic("/lib64/ld-linux-x86-64.so.2", true, "libc.so.6"), 0755);
    Analysis a = img.analyze(dir);
    assertThat(a.base().libc()).isEqualTo("musl");
    assertThat(a.base().packages()).containsEntry("apk", 2);
    assertThat(FindingsTest.of(a, Category.LIBC_MISMATCH)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.title()).contains("glibc").contains("musl").contains("will not start");
    });
    assertThat(a.minimalImage().orElseThrow().complete()).isFalse();
  }

  @Test
  void scratchStaticService_isClean() throws Exception {
    SyntheticImage img = new SyntheticImage().entrypoint("/hello-svc").user("65532:65532");
    img.layer("/bin/sh -c #(nop) COPY file:x in /hello-svc").file("hello-svc", Elfs.go(true, true, "0"), 0755);
    Analysis a = img.analyze(dir);
    assertThat(a.findings()).isEmpty();
    assertThat(a.minimalImage().orElseThrow().estimatedBytes()).isEqualTo(Elfs.go(true, true, "0").length);
  }
}
