package dev.footprint.gc.internal.parse;

/**
 * One stop-the-world GC pause as a parser saw it. Times in seconds since program start (the end of
 * the pause for JVM logs, its start for Go), heap figures in bytes or -1 when not logged.
 */
public record Pause(
    double seconds,
    String name,
    String cause,
    double ms,
    long before,
    long after,
    long committed,
    boolean full,
    boolean youngOnly,
    Evidence line) {}
