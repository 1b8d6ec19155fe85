package dev.footprint.dockerfile.internal.rules;

import java.util.Set;

/** Recognises commands that compile or bundle: their toolchain should stay in a build stage. */
final class Compilers {
  private static final Set<String> NATIVE = Set.of("gcc", "g++", "cc", "c++", "clang", "clang++", "make", "cmake");

  private Compilers() {}

  /** A short name of the build step ({@code go build}, {@code mvn package}), or null. */
  static String of(Command c) {
    String name = Command.base(c.name());
    if (c.is("go", "build") || c.is("go", "install")) {
      return "go " + c.words().stream().skip(1).filter(w -> !w.startsWith("-")).findFirst().orElse("build");
    }
    if ((name.equals("mvn") || name.equals("mvnw")) && (c.has("package") || c.has("install") || c.has("verify") || c.has("compile"))) {
      return name + " package";
    }
    if ((name.equals("gradle") || name.equals("gradlew"))
        && (c.has("build") || c.has("assemble") || c.has("jar") || c.has("bootJar") || c.has("installDist") || c.has("shadowJar"))) {
      return name + " build";
    }
    if ((name.equals("npm") || name.equals("pnpm") || name.equals("yarn")) && c.has("build")) {
      return name + " run build";
    }
    if (name.equals("cargo") && (c.has("build") || c.has("install"))) {
      return "cargo build";
    }
    if (name.equals("dotnet") && (c.has("publish") || c.has("build"))) {
      return "dotnet " + (c.has("publish") ? "publish" : "build");
    }
    if (NATIVE.contains(name)) {
      return name;
    }
    return null;
  }

  /** Native code that links against the build image's libc. */
  static boolean native_(Command c) {
    String name = Command.base(c.name());
    return NATIVE.contains(name) || name.equals("cargo") && c.has("build") && !String.join(" ", c.words()).contains("musl");
  }
}
