package dev.footprint.binary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedLibraryClosureTest {
  @TempDir Path root;

  private void file(String path, byte[] content) throws Exception {
    Path p = root.resolve(path.substring(1));
    Files.createDirectories(p.getParent());
    Files.write(p, content);
  }

  private void link(String path, String target) throws Exception {
    Path p = root.resolve(path.substring(1));
    Files.createDirectories(p.getParent());
    Files.createSymbolicLink(p, Path.of(target));
  }

  private static byte[] lib(String soname, List<String> needed, String runpath, boolean wide) {
    return new TestElf(wide, ByteOrder.LITTLE_ENDIAN, 3, wide ? 62 : 3)
        .dynamic(needed, soname, runpath, null).build();
  }

  @Test
  void of_followsInterpreterLdSoConfRunpathAndLinksInsideTheRoot() throws Exception {
    // merged /usr: /lib -> usr/lib, /lib64 -> usr/lib64
    link("/lib", "usr/lib");
    link("/lib64", "usr/lib64");
    file("/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2", lib("ld-linux-x86-64.so.2", List.of(), null, true));
    link("/usr/lib64/ld-linux-x86-64.so.2", "/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2");
    file("/usr/lib/x86_64-linux-gnu/libc.so.6", lib("libc.so.6", List.of("ld-linux-x86-64.so.2"), null, true));
    // a 32-bit libz earlier on the path must be skipped, as ld.so skips it
    file("/usr/lib/i386-linux-gnu/libz.so.1", lib("libz.so.1", List.of(), null, false));
    file("/opt/z/libz.so.1.3", lib("libz.so.1", List.of("libc.so.6"), null, true));
    link("/opt/z/libz.so.1", "libz.so.1.3");
    file("/etc/ld.so.conf", "include /etc/ld.so.conf.d/*.conf\n".getBytes());
    file("/etc/ld.so.conf.d/a-i386.conf", "/usr/lib/i386-linux-gnu # 32-bit\n".getBytes());
    file("/etc/ld.so.conf.d/b-z.conf", "/opt/z\n".getBytes());
    file("/app/lib/libapp.so", lib("libapp.so", List.of("libz.so.1", "libmissing.so.2"), null, true));
    file("/app/bin/app", new TestElf(true, ByteOrder.LITTLE_ENDIAN, 3, 62)
        .interpreter("/lib64/ld-linux-x86-64.so.2")
        .dynamic(List.of("libapp.so", "libc.so.6"), null, "$ORIGIN/../lib", null).build());

    LibraryClosure closure = SharedLibraryClosure.of(RootFileSystem.ofDirectory(root), "/app/bin/app");

    assertThat(closure.interpreter().orElseThrow().path())
        .isEqualTo("/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2");
    assertThat(closure.interpreter().get().links())
        .containsExactly("/lib64", "/usr/lib64/ld-linux-x86-64.so.2", "/lib");
    assertThat(closure.libraries()).extracting(ResolvedLibrary::name, ResolvedLibrary::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("libapp.so", "/app/lib/libapp.so"),
            org.assertj.core.groups.Tuple.tuple("libc.so.6", "/usr/lib/x86_64-linux-gnu/libc.so.6"),
            org.assertj.core.groups.Tuple.tuple("libz.so.1", "/opt/z/libz.so.1.3"));
    assertThat(closure.missing()).containsExactly("libmissing.so.2 (needed by /app/lib/libapp.so)");
    assertThat(closure.complete()).isFalse();
    assertThat(closure.paths()).contains("/opt/z/libz.so.1", "/opt/z/libz.so.1.3", "/lib", "/lib64")
        .doesNotContain("/usr/lib/i386-linux-gnu/libz.so.1");
  }

  @Test
  void of_staticBinaryHasAnEmptyClosure() throws Exception {
    file("/bin/static", new TestElf(true, ByteOrder.LITTLE_ENDIAN, 2, 62)
        .section(".text", 1, true, new byte[32]).build());
    LibraryClosure closure = SharedLibraryClosure.of(RootFileSystem.ofDirectory(root), "/bin/static");
    assertThat(closure.interpreter()).isEmpty();
    assertThat(closure.libraries()).isEmpty();
    assertThat(closure.complete()).isTrue();
  }

  @Test
  void resolve_neverEscapesTheRoot() throws Exception {
    link("/etc/escape", "../../../../../../etc/passwd");
    file("/etc/passwd", "root:x:0:0::/root:/bin/sh\n".getBytes());
    ResolvedPath p = RootPaths.resolve(RootFileSystem.ofDirectory(root), "/etc/escape").orElseThrow();
    assertThat(p.path()).isEqualTo("/etc/passwd");
    link("/loop/a", "b");
    link("/loop/b", "a");
    assertThat(RootPaths.resolve(RootFileSystem.ofDirectory(root), "/loop/a")).isEmpty();
  }
}
