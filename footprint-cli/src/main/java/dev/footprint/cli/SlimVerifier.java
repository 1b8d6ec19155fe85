package dev.footprint.cli;

import dev.footprint.common.FootprintException;
import dev.footprint.common.InvalidInputException;
import dev.footprint.runtime.Limits;
import dev.footprint.runtime.Readiness;
import dev.footprint.runtime.RunResult;
import dev.footprint.runtime.RunSpec;
import dev.footprint.runtime.Runs;
import dev.footprint.slim.LikelyCause;
import dev.footprint.slim.SlimResult;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs a freshly written slim image before it is moved into place: with a command, it must exit
 * 0; with a URL, it must answer. A failure names the removed file it most likely needed.
 */
final class SlimVerifier {
  private final List<String> command;
  private final Optional<URI> url;

  SlimVerifier(List<String> command, Optional<URI> url) {
    this.command = List.copyOf(command);
    this.url = url;
  }

  void verify(String imageRef, SlimResult result) throws FootprintException, IOException, InterruptedException {
    Readiness readiness = url.<Readiness>map(Readiness.Http::new).orElse(new Readiness.Exit());
    RunSpec spec = new RunSpec(imageRef, command, null, readiness, Duration.ofSeconds(60),
        RunSpec.DEFAULT_INTERVAL, Duration.ofMillis(300), Limits.NONE, null);
    RunResult run;
    try {
      run = Runs.forHost().run(spec, message -> {});
    } catch (InvalidInputException e) {
      throw failed(e.getMessage(), result);
    }
    if (url.isEmpty() && run.exitCode() != null && run.exitCode() != 0) {
      String printed = run.logTail().isBlank() ? "; it printed nothing" : "; last lines it printed: " + run.logTail();
      throw failed("the command exited with code " + run.exitCode() + printed, result);
    }
  }

  private static InvalidInputException failed(String why, SlimResult result) {
    String cause = LikelyCause.of(why, result.changes()).map(c -> "; likely cause: " + c).orElse("");
    return new InvalidInputException("verify failed, nothing written: " + why + cause);
  }
}
