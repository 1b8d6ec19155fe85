package dev.footprint.runtime;

import java.net.URI;
import java.time.Duration;

/**
 * A closed-loop HTTP load: {@code concurrency} keep-alive connections each send the next request
 * as soon as the previous answer arrived, for {@code duration} or until {@code requests} were sent
 * in total (whichever is set; requests wins when positive).
 */
public record LoadSpec(URI url, int concurrency, Duration duration, long requests, Duration timeout) {
  public LoadSpec {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    if (requests <= 0 && (duration == null || duration.isZero() || duration.isNegative())) {
      throw new IllegalArgumentException("a load needs a duration or a request count");
    }
    if (!"http".equals(url.getScheme())) {
      throw new IllegalArgumentException("only http:// URLs are supported: " + url);
    }
  }

  public boolean byCount() {
    return requests > 0;
  }
}
