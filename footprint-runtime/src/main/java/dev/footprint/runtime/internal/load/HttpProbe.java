package dev.footprint.runtime.internal.load;

import java.io.IOException;
import java.net.URI;

/** One GET on a fresh connection: the HTTP readiness probe. */
public final class HttpProbe {
  private HttpProbe() {}

  public static int status(URI url, int timeoutMillis) throws IOException {
    try (HttpConnection c = new HttpConnection(url, timeoutMillis)) {
      return c.exchange();
    }
  }
}
