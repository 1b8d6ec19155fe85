package dev.footprint.cli;

import dev.footprint.common.InvalidInputException;
import java.util.List;

/**
 * Which target the user named — a PID, {@code --container ID} or {@code -- COMMAND} — checked
 * before anything is started, so a usage error never leaves a stray process behind.
 *
 * @param pid the PID, or 0
 * @param container the container id or cgroup path, or null
 * @param command the command after {@code --}, or empty
 */
record WatchTargetArgs(long pid, String container, List<String> command) {
  WatchTargetArgs {
    command = List.copyOf(command);
  }

  /**
   * @param original the raw arguments (to find {@code --}, which picocli does not report)
   * @param positionals picocli's positional parameters: those before and after {@code --}
   */
  static WatchTargetArgs of(List<String> original, List<String> positionals, String container) throws InvalidInputException {
    int at = original.indexOf("--");
    List<String> command = at < 0 ? List.of() : original.subList(at + 1, original.size());
    List<String> before = positionals.subList(0, positionals.size() - command.size());
    int given = (container != null ? 1 : 0) + (command.isEmpty() ? 0 : 1) + (before.isEmpty() ? 0 : 1);
    if (given != 1 || before.size() > 1) {
      throw new InvalidInputException("give exactly one of: PID, --container ID, or -- COMMAND");
    }
    return new WatchTargetArgs(before.isEmpty() ? 0 : parsePid(before.get(0)), container, command);
  }

  private static long parsePid(String text) throws InvalidInputException {
    try {
      long pid = Long.parseLong(text);
      if (pid > 0) {
        return pid;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new InvalidInputException("not a process id: '" + text + "' (to start a command, put it after --)");
  }
}
