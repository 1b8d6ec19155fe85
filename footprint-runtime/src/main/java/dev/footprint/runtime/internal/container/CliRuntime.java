package dev.footprint.runtime.internal.container;

import dev.footprint.common.FootprintException;
import dev.footprint.common.UnavailableException;
import dev.footprint.runtime.RunSpec;
import dev.footprint.runtime.RuntimeKind;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

/** podman or docker through their CLIs: a thin layer, the engines do the work. */
public final class CliRuntime implements ContainerRuntime {
  private final CliCommands commands;
  private final RuntimeKind kind;

  public CliRuntime(RuntimeKind kind, String binary) {
    this.kind = kind;
    this.commands = new CliCommands(binary, kind);
  }

  @Override
  public RuntimeKind kind() {
    return kind;
  }

  @Override
  public String version() {
    try {
      return Exec.run(commands.version(), 10).stdout().strip();
    } catch (IOException e) {
      return kind.cliName();
    }
  }

  @Override
  public Launched launch(RunSpec spec) throws FootprintException, IOException {
    String image = kind == RuntimeKind.PODMAN ? commands.podmanImage(spec.target()) : spec.target();
    var load = commands.load(spec.target());
    if (load.isPresent()) {
      Exec.Result r = Exec.run(load.get(), 600);
      if (!r.ok()) {
        throw new UnavailableException(kind.cliName() + " could not load " + spec.target() + ": " + r.message());
      }
      image = CliCommands.loadedImage(r.stdout()).orElseThrow(
          () -> new UnavailableException(kind.cliName() + " load printed no image name for " + spec.target()));
    }
    String name = "footprint-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    List<String> run = commands.run(name, image, spec.args(), spec.limits());
    return CliLaunched.start(commands, name, run);
  }
}
