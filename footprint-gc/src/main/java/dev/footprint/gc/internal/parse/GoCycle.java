package dev.footprint.gc.internal.parse;

/**
 * The figures of one gctrace line beyond the pause: heap at start, end and live (marked), goal,
 * stacks and globals (bytes, -1 before Go 1.18), GOMAXPROCS, cumulative GC CPU percent, and CPU ms
 * spent in mark assists versus background marking, and the stop-the-world pause (first plus
 * last clock phase).
 */
public record GoCycle(
    long number,
    double seconds,
    long heapStart,
    long heapEnd,
    long heapLive,
    long goal,
    long stacks,
    long globals,
    int procs,
    int cpuPercent,
    double assistCpuMs,
    double backgroundCpuMs,
    double pauseMs,
    boolean forced,
    Evidence line) {}
