package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Node;

/** {@code WORKDIR path}, with the path as written and expanded. */
public record Workdir(Node node, String rawPath, String path) implements Instruction {
  /** Absolute on Linux ({@code /x}) or Windows ({@code C:\x}, {@code C:/x}), or starts with a variable. */
  public boolean absolute() {
    String p = rawPath.replace("\"", "").replace("'", "");
    return p.startsWith("/") || p.startsWith("$") || p.startsWith("\\") || p.length() >= 2 && p.charAt(1) == ':' && Character.isLetter(p.charAt(0));
  }
}
