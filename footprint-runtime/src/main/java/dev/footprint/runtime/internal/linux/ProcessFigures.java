package dev.footprint.runtime.internal.linux;

/**
 * One process's figures from /proc; a figure that could not be read is -1.
 *
 * @param cpuTicks utime + stime
 * @param childTicks cutime + cstime (children already waited for)
 */
public record ProcessFigures(
    long pid,
    ProcStat stat,
    long cpuTicks,
    long childTicks,
    long residentBytes,
    long privateBytes,
    long openFiles,
    long readBytes,
    long writeBytes) {}
