package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Node;

/** {@code MAINTAINER name} (deprecated in favour of a label). */
public record Maintainer(Node node, String name) implements Instruction {}
