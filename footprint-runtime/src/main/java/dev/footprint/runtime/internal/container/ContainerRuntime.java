package dev.footprint.runtime.internal.container;

import dev.footprint.common.FootprintException;
import dev.footprint.runtime.RunSpec;
import dev.footprint.runtime.RuntimeKind;
import java.io.IOException;

/** Starts a workload one way (runc, podman, docker, a plain process). */
public interface ContainerRuntime {
  RuntimeKind kind();

  /** The runtime's version line, for the environment section of reports. */
  String version();

  /**
   * Starts the target. Returns as soon as the start command was issued; the caller waits for
   * readiness. On failure everything created so far is removed before the exception leaves.
   */
  Launched launch(RunSpec spec) throws FootprintException, IOException;
}
