package dev.footprint.runtime.internal.container;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Closes whatever is still running when the JVM is asked to stop (Ctrl-C, SIGTERM), so an
 * interrupted measurement leaves no container, cgroup, mount or temp dir behind. One hook per
 * runner; it is registered while something runs and removed afterwards.
 */
public final class CleanupHook {
  private final Set<Launched> active = new LinkedHashSet<>();
  private Thread hook;

  public synchronized void add(Launched l) {
    active.add(l);
    if (hook == null) {
      hook = new Thread(this::closeAll, "footprint-cleanup");
      Runtime.getRuntime().addShutdownHook(hook);
    }
  }

  public synchronized void remove(Launched l) {
    active.remove(l);
    if (active.isEmpty() && hook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // Already shutting down: the hook is running and will close the rest.
      }
      hook = null;
    }
  }

  private void closeAll() {
    List<Launched> copy;
    synchronized (this) {
      copy = List.copyOf(active);
    }
    copy.forEach(Launched::close);
  }
}
