package dev.footprint.runtime.watch;

import dev.footprint.common.FootprintException;
import java.io.IOException;

/** Receives each reading as it is taken (live table, series file, metrics endpoint, leak dumps). */
public interface WatchListener {
  void onReading(Reading reading, Recording soFar) throws IOException, FootprintException;

  /** Called once after the last reading, before the summary. */
  default void onEnd(Recording recording) throws IOException, FootprintException {}
}
