package dev.footprint.image.metrics;

/** A path of the merged file system with its size and the layer it comes from. Immutable. */
public record PathSize(String path, long sizeBytes, int layer) {}
