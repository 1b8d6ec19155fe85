package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Node;

/** {@code ONBUILD <instruction>}: the wrapped instruction runs in images built FROM this one. */
public record Onbuild(Node node, Instruction inner) implements Instruction {}
