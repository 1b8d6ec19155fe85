package dev.footprint.runtime.internal.bundle;

import dev.footprint.common.InvalidInputException;
import dev.footprint.image.ImageConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Combines the image config with the user's arguments exactly as {@code docker run IMAGE ARGS}
 * does: ENTRYPOINT stays, ARGS replace CMD; no ENTRYPOINT means ARGS are the whole command.
 */
public final class ProcessPlan {
  static final String DEFAULT_PATH =
      "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  private ProcessPlan() {}

  public static ContainerProcess of(ImageConfig config, List<String> args, Path rootfs)
      throws InvalidInputException {
    List<String> command = new ArrayList<>(config.entrypoint());
    command.addAll(args.isEmpty() ? config.cmd() : args);
    if (command.isEmpty()) {
      throw new InvalidInputException(
          "the image has neither ENTRYPOINT nor CMD; pass the command after --");
    }
    List<String> env = new ArrayList<>(config.env());
    if (env.stream().noneMatch(e -> e.startsWith("PATH="))) {
      env.add(0, DEFAULT_PATH);
    }
    String cwd = config.workingDir().isEmpty() ? "/" : config.workingDir();
    UserResolver.Ids ids = new UserResolver(rootfs).resolve(config.user());
    return new ContainerProcess(command, env, cwd, ids.uid(), ids.gid(), ids.extraGids());
  }
}
