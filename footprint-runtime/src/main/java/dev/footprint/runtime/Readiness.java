package dev.footprint.runtime;

import java.net.URI;
import java.util.regex.Pattern;

/** When a started service counts as ready; startup time is measured up to that moment. */
public sealed interface Readiness {

  /** Ready when a GET on the URL answers with a status below 500. */
  record Http(URI url) implements Readiness {}

  /** Ready when a line of stdout or stderr matches. */
  record LogLine(Pattern pattern) implements Readiness {}

  /** Ready when a TCP connection to 127.0.0.1:port succeeds. */
  record Port(int port) implements Readiness {
    public Port {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
    }
  }

  /** No probe: the run ends when the program exits (batch jobs, CLIs). */
  record Exit() implements Readiness {}

  default String describe() {
    if (this instanceof Http h) {
      return "HTTP " + h.url();
    } else if (this instanceof LogLine l) {
      return "log line /" + l.pattern().pattern() + "/";
    } else if (this instanceof Port p) {
      return "port " + p.port();
    }
    return "exit";
  }
}
