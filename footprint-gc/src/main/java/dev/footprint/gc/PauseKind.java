package dev.footprint.gc;

/** Pauses of one kind as the log names them ("Pause Young", "Pause Full", "GC" for Go). */
public record PauseKind(String name, long count, double totalMs, double maxMs) {}
