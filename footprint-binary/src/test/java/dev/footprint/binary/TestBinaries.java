package dev.footprint.binary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Real binaries built once per test JVM with the Debian golang and gcc packages: Go with default
 * flags, -s -w, -trimpath, CGO_ENABLED=0/1, GOOS=windows, GOARCH=arm64/386/mips/s390x (both ELF
 * classes and byte orders), C dynamic and static; plus /bin/ls and busybox-static if present.
 */
final class TestBinaries {
  private static Map<String, Path> built;

  private TestBinaries() {}

  static synchronized Map<String, Path> get() throws IOException {
    if (built == null) {
      Tools.require("go");
      Tools.require("gcc");
      built = build(Files.createTempDirectory("footprint-binaries"));
    }
    return built;
  }

  /** Names of the binaries that run on this host (linux/amd64). */
  static boolean native_(String name) {
    return !name.startsWith("go-windows") && !name.startsWith("go-arm64") && !name.startsWith("go-386")
        && !name.startsWith("go-mips") && !name.startsWith("go-s390x");
  }

  private static Map<String, Path> build(Path dir) throws IOException {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("greet"));
    Files.writeString(src.resolve("go.mod"), "module example.com/hello\n\ngo 1.19\n\n"
        + "require example.com/greet v0.0.0\n\nreplace example.com/greet => ./greet\n");
    Files.writeString(src.resolve("greet/go.mod"), "module example.com/greet\n\ngo 1.19\n");
    Files.writeString(src.resolve("greet/greet.go"),
        "package greet\n\nfunc Hello(name string) string { return \"hello, \" + name }\n");
    Files.writeString(src.resolve("main.go"), String.join("\n",
        "package main", "", "import (", "\t\"fmt\"", "\t\"net\"", "\t\"os\"", "",
        "\t\"example.com/greet\"", ")", "",
        "func main() {",
        "\t_, err := net.LookupHost(\"localhost\")",
        "\tfmt.Println(greet.Hello(\"footprint\"), len(os.Args), err == nil)",
        "}", ""));
    Map<String, Path> out = new LinkedHashMap<>();
    go(src, out, "go-default", Map.of());
    go(src, out, "go-sw", Map.of(), "-ldflags=-s -w");
    go(src, out, "go-trimpath", Map.of(), "-trimpath");
    go(src, out, "go-cgo0", Map.of("CGO_ENABLED", "0"));
    go(src, out, "go-cgo1", Map.of("CGO_ENABLED", "1"));
    go(src, out, "go-windows.exe", Map.of("GOOS", "windows"));
    go(src, out, "go-arm64", Map.of("GOARCH", "arm64"));
    go(src, out, "go-386", Map.of("GOARCH", "386", "CGO_ENABLED", "0"));
    go(src, out, "go-mips", Map.of("GOARCH", "mips", "CGO_ENABLED", "0"));
    go(src, out, "go-s390x", Map.of("GOARCH", "s390x", "CGO_ENABLED", "0"));
    Files.writeString(src.resolve("hello.c"),
        "#include <stdio.h>\nint main(int argc, char **argv) { printf(\"hello from c %d\\n\", argc); return 0; }\n");
    Path c = dir.resolve("c-dynamic");
    Tools.ok(src, Map.of(), "gcc", "-g", "-O1", "-o", c.toString(), "hello.c");
    out.put("c-dynamic", c);
    Path cs = dir.resolve("c-static");
    Tools.ok(src, Map.of(), "gcc", "-g", "-static", "-o", cs.toString(), "hello.c");
    out.put("c-static", cs);
    for (String system : new String[] {"/bin/ls", "/bin/busybox"}) {
      Path p = Path.of(system);
      if (Files.isRegularFile(p)) {
        Path copy = dir.resolve(p.getFileName());
        Files.copy(p, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        out.put(p.getFileName().toString(), copy);
      }
    }
    return out;
  }

  private static void go(Path src, Map<String, Path> out, String name, Map<String, String> env,
      String... flags) throws IOException {
    Path target = src.getParent().resolve(name);
    java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("go", "build"));
    cmd.addAll(java.util.List.of(flags));
    cmd.addAll(java.util.List.of("-o", target.toString(), "."));
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("GOFLAGS", "-buildvcs=false");
    all.putIfAbsent("GOPROXY", "off");
    Tools.ok(src, all, cmd.toArray(String[]::new));
    out.put(name, target);
  }
}
