package dev.footprint.runtime.watch;

import dev.footprint.common.FootprintException;
import java.util.List;

/**
 * Extra figures read beside each sample, from a runtime's own instrumentation. A probe may return
 * an empty list while it warms up (a JVM not yet publishing counters).
 */
public interface Probe extends AutoCloseable {

  /** Short name for notes, e.g. {@code jvm} or {@code pprof}. */
  String name();

  /** Names of the figures {@link #read()} returns, for column headers fixed before the first read. */
  List<String> metricNames();

  List<ProbeValue> read() throws FootprintException;

  @Override
  default void close() {}
}
