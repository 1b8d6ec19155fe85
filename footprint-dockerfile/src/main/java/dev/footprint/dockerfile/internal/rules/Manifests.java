package dev.footprint.dockerfile.internal.rules;

import java.util.Set;

/** Dependency manifests per ecosystem, and the commands that download what they list. */
final class Manifests {
  private static final Set<String> FILES = Set.of(
      "go.mod", "go.sum", "pom.xml", "package.json", "package-lock.json", "yarn.lock", "pnpm-lock.yaml",
      "requirements.txt", "pyproject.toml", "poetry.lock", "Pipfile", "Pipfile.lock", "Cargo.toml",
      "Cargo.lock", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts",
      "Gemfile", "Gemfile.lock", "composer.json", "composer.lock", "gradle");

  private Manifests() {}

  static boolean isManifest(String source) {
    String name = Command.base(source.endsWith("/") ? source.substring(0, source.length() - 1) : source);
    return FILES.contains(name) || name.startsWith("package") && name.endsWith(".json")
        || name.startsWith("requirements") || name.startsWith("go.") || name.endsWith(".csproj");
  }

  /** The ecosystem whose dependencies this command fetches, or null. */
  static String ecosystem(Command c) {
    String n = Command.base(c.name());
    if (n.equals("go") && (c.is("go", "mod") || c.is("go", "build") || c.is("go", "get") || c.is("go", "install"))) {
      return "go";
    }
    if ((n.equals("npm") || n.equals("pnpm")) && (c.has("ci") || c.has("install") || c.has("i"))
        || n.equals("yarn") && (c.words().size() == 1 || c.has("install"))) {
      return "npm";
    }
    if (n.equals("mvn") || n.equals("mvnw")) {
      return "maven";
    }
    if (n.equals("gradle") || n.equals("gradlew")) {
      return "gradle";
    }
    if ((n.equals("pip") || n.equals("pip3")) && c.has("install") && (c.has("-r") || c.has("."))
        || n.equals("poetry") && c.has("install")) {
      return "python";
    }
    if (n.equals("cargo") && (c.has("build") || c.has("fetch"))) {
      return "cargo";
    }
    if (n.equals("bundle") && c.has("install")) {
      return "ruby";
    }
    return null;
  }

  static String manifestsOf(String ecosystem) {
    return switch (ecosystem) {
      case "go" -> "go.mod go.sum";
      case "npm" -> "package.json package-lock.json";
      case "maven" -> "pom.xml";
      case "gradle" -> "build.gradle settings.gradle";
      case "python" -> "requirements.txt";
      case "cargo" -> "Cargo.toml Cargo.lock";
      default -> "Gemfile Gemfile.lock";
    };
  }

  static String downloadOf(String ecosystem) {
    return switch (ecosystem) {
      case "go" -> "go mod download";
      case "npm" -> "npm ci";
      case "maven" -> "mvn dependency:go-offline";
      case "gradle" -> "gradle dependencies";
      case "python" -> "pip install -r requirements.txt";
      case "cargo" -> "cargo fetch";
      default -> "bundle install";
    };
  }
}
