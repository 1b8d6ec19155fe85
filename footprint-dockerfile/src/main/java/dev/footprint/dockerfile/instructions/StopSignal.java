package dev.footprint.dockerfile.instructions;

import dev.footprint.dockerfile.Node;

/** {@code STOPSIGNAL signal}. */
public record StopSignal(Node node, String signal) implements Instruction {}
