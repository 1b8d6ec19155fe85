package dev.footprint.cli;

import dev.footprint.common.DurationText;
import dev.footprint.common.InvalidInputException;
import dev.footprint.runtime.Limits;
import dev.footprint.runtime.LoadSpec;
import dev.footprint.runtime.Readiness;
import dev.footprint.runtime.RunSpec;
import dev.footprint.runtime.RuntimeKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Option;

/** How to start, probe, load and limit a workload: shared by run and compare. */
final class RunOptions {
  @Option(names = "--runtime", paramLabel = "NAME",
      description = "runc, crun, podman, docker or process (default: detected; runc first for images).")
  String runtime;

  @Option(names = "--ready-http", paramLabel = "URL", description = "Ready when GET URL answers below 500.")
  String readyHttp;

  @Option(names = "--ready-log", paramLabel = "REGEX", description = "Ready when a log line matches.")
  String readyLog;

  @Option(names = "--ready-port", paramLabel = "N", description = "Ready when 127.0.0.1:N accepts connections.")
  Integer readyPort;

  @Option(names = "--ready-timeout", paramLabel = "D", defaultValue = "60s",
      description = "Give up waiting for readiness after D (default ${DEFAULT-VALUE}).")
  String readyTimeout;

  @Option(names = "--interval", paramLabel = "D", defaultValue = "100ms",
      description = "Time between samples (default ${DEFAULT-VALUE}).")
  String interval;

  @Option(names = "--measure", paramLabel = "D", defaultValue = "2s",
      description = "Without --load, keep sampling this long after ready (default ${DEFAULT-VALUE}).")
  String measure;

  @Option(names = "--cpus", paramLabel = "N", description = "CPU limit in cores, e.g. 1.5.")
  Double cpus;

  @Option(names = "--memory", paramLabel = "SIZE", description = "Memory limit, e.g. 256m, 1g.")
  String memory;

  @Option(names = "--load", paramLabel = "URL", description = "Apply HTTP load to URL once ready.")
  String load;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "16",
      description = "Keep-alive connections for --load (default ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--duration", paramLabel = "D", defaultValue = "10s",
      description = "Length of the load (default ${DEFAULT-VALUE}); ignored with --requests.")
  String duration;

  @Option(names = "--requests", paramLabel = "N", description = "Send N requests in total instead of a duration.")
  Long requests;

  RunSpec toSpec(String target, List<String> args) throws InvalidInputException {
    RuntimeKind kind = runtime == null ? null : RuntimeKind.parse(runtime);
    Duration every = DurationText.parse(interval);
    if (every.toMillis() < 10) {
      throw new InvalidInputException("--interval must be at least 10ms");
    }
    if (cpus != null && cpus <= 0) {
      throw new InvalidInputException("--cpus must be positive");
    }
    Limits limits = new Limits(cpus == null ? 0 : cpus, memory == null ? 0 : ByteSizeText.parse("--memory", memory));
    LoadSpec loadSpec = loadSpec();
    return new RunSpec(target, args, kind, readiness(loadSpec), DurationText.parse(readyTimeout), every,
        DurationText.parse(measure), limits, loadSpec);
  }

  private Readiness readiness(LoadSpec loadSpec) throws InvalidInputException {
    int given = (readyHttp != null ? 1 : 0) + (readyLog != null ? 1 : 0) + (readyPort != null ? 1 : 0);
    if (given > 1) {
      throw new InvalidInputException("give one of --ready-http, --ready-log, --ready-port");
    }
    if (readyHttp != null) {
      return new Readiness.Http(httpUrl("--ready-http", readyHttp));
    }
    if (readyLog != null) {
      try {
        return new Readiness.LogLine(Pattern.compile(readyLog));
      } catch (PatternSyntaxException e) {
        throw new InvalidInputException("--ready-log: not a regular expression: " + e.getDescription());
      }
    }
    if (readyPort != null) {
      if (readyPort < 1 || readyPort > 65535) {
        throw new InvalidInputException("--ready-port: " + readyPort + " is not a TCP port");
      }
      return new Readiness.Port(readyPort);
    }
    // With a load the service is ready when the loaded URL answers; without, the run is a job.
    return loadSpec != null ? new Readiness.Http(loadSpec.url()) : new Readiness.Exit();
  }

  private LoadSpec loadSpec() throws InvalidInputException {
    if (load == null) {
      return null;
    }
    if (concurrency < 1 || concurrency > 10_000) {
      throw new InvalidInputException("--concurrency must be between 1 and 10000");
    }
    if (requests != null && requests < 1) {
      throw new InvalidInputException("--requests must be positive");
    }
    return new LoadSpec(httpUrl("--load", load), concurrency, DurationText.parse(duration),
        requests == null ? 0 : requests, Duration.ofSeconds(10));
  }

  private static URI httpUrl(String option, String text) throws InvalidInputException {
    try {
      URI u = new URI(text);
      if (!"http".equals(u.getScheme()) || u.getHost() == null) {
        throw new InvalidInputException(option + ": need an http://HOST[:PORT]/PATH URL, got '" + text + "'");
      }
      return u;
    } catch (URISyntaxException e) {
      throw new InvalidInputException(option + ": not a URL: '" + text + "'");
    }
  }
}
