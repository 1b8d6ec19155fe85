package dev.footprint.gc;

/**
 * One point of the heap and pause chart: seconds since program start, heap in use before and after
 * the collection (-1 if unknown), the longest pause in this slot and whether it was a full GC.
 */
public record TimelinePoint(
    double seconds, long heapBeforeBytes, long heapAfterBytes, double pauseMs, boolean full) {}
