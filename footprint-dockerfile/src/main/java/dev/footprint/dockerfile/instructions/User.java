package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Node;

/** {@code USER user[:group]}, expanded. */
public record User(Node node, String user) implements Instruction {
  public boolean root() {
    String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
    return name.equals("root") || name.equals("0") || name.isEmpty();
  }
}
