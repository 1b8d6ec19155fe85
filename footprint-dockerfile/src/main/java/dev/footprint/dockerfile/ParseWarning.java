package dev.footprint.dockerfile;

/** Something BuildKit accepts today but warns about, such as an empty continuation line. */
public record ParseWarning(String message, int line) {}
