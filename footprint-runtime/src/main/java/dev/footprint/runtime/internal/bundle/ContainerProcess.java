package dev.footprint.runtime.internal.bundle;

import java.util.List;

/**
 * The process a bundle starts, after the image config and the user's arguments were combined and
 * the user name resolved.
 */
public record ContainerProcess(
    List<String> args, List<String> env, String cwd, long uid, long gid, List<Long> extraGids) {
  public ContainerProcess {
    args = List.copyOf(args);
    env = List.copyOf(env);
    extraGids = List.copyOf(extraGids);
  }
}
