package dev.footprint.runtime;

/**
 * What a load run measured. Latencies come from an HDR histogram (3 significant digits) of the
 * successful requests; errors are failed connections, timeouts and non-2xx/3xx answers.
 */
public record LoadResult(
    long requests,
    long errors,
    double seconds,
    double requestsPerSecond,
    double meanMs,
    double p50Ms,
    double p90Ms,
    double p99Ms,
    double maxMs,
    String firstError) {}
