package dev.footprint.runtime.sample;

import dev.footprint.common.FootprintException;

/**
 * Takes readings of one target. Implementations keep small reusable buffers, so one sampler is
 * used by one thread at a time (not thread-safe); create one per target.
 */
public interface Sampler extends AutoCloseable {

  /** What this sampler reads. */
  SampleTarget target();

  /**
   * Reads the target now.
   *
   * @throws TargetGoneException when the process has exited or the cgroup was removed
   * @throws FootprintException when the host refuses a read the sample cannot do without
   */
  Sample sample() throws FootprintException;

  @Override
  default void close() {}
}
