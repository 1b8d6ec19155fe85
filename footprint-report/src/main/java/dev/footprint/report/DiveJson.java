package dev.footprint.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.image.metrics.DiveResult;

/** dive's headline numbers as JSON fields, the same wherever a report shows them (inspect, slim). */
public final class DiveJson {
  private DiveJson() {}

  /** Adds score, wastedBytes, userSizeBytes and userWastedPercent (null when dive has none) to {@code n}. */
  public static void putScore(ObjectNode n, DiveResult d) {
    n.put("score", d.score());
    n.put("wastedBytes", d.wastedBytes());
    n.put("userSizeBytes", d.userSizeBytes());
    if (d.userWastedPercent().isPresent()) {
      n.put("userWastedPercent", d.userWastedPercent().getAsDouble());
    } else {
      n.putNull("userWastedPercent");
    }
  }
}
