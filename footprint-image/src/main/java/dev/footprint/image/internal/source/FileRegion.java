package dev.footprint.image.internal.source;

import java.nio.file.Path;

/** A named run of bytes inside a file: a whole blob file, or one entry of an archive. */
public record FileRegion(String name, Path file, long offset, long size) {}
