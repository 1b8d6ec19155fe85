package dev.footprint.runtime.internal.jvm;

import dev.footprint.common.FootprintException;
import dev.footprint.runtime.watch.MetricSummary;
import dev.footprint.runtime.watch.Reading;
import dev.footprint.runtime.watch.Recording;
import dev.footprint.runtime.watch.TrendClassifier;
import dev.footprint.runtime.watch.Verdict;
import dev.footprint.runtime.watch.WatchListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Re-judges the recording every few seconds and, the first time a leak is flagged, saves a thread
 * dump and class histogram of the JVM while it still runs (at the end it may be gone).
 */
public final class LeakDumpListener implements WatchListener {
  private static final long CHECK_NANOS = 2_000_000_000L;
  private final long pid;
  private final Path folder;
  private final Consumer<String> notes;
  private final TrendClassifier classifier = new TrendClassifier();
  private long lastCheck = System.nanoTime();
  private boolean dumped;

  public LeakDumpListener(long pid, Path folder, Consumer<String> notes) {
    this.pid = pid;
    this.folder = folder;
    this.notes = notes;
  }

  @Override
  public void onReading(Reading reading, Recording soFar) {
    long now = System.nanoTime();
    if (!dumped && now - lastCheck >= CHECK_NANOS) {
      lastCheck = now;
      check(soFar);
    }
  }

  @Override
  public void onEnd(Recording recording) {
    if (!dumped) {
      check(recording);
    }
  }

  private void check(Recording rec) {
    List<MetricSummary> leaks = rec.summarize(classifier).stream().filter(m -> m.verdict() == Verdict.LEAK).toList();
    if (leaks.isEmpty()) {
      return;
    }
    dumped = true;
    String what = String.join(", ", leaks.stream().map(MetricSummary::name).toList());
    try {
      new JcmdDumps().write(pid, folder);
      notes.accept("leak flagged (" + what + "): thread dump and class histogram of JVM " + pid + " saved in " + folder);
    } catch (IOException | FootprintException e) {
      notes.accept("leak flagged (" + what + ") but jcmd dumps of JVM " + pid + " failed: " + e.getMessage());
    }
  }
}
