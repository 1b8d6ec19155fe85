package dev.footprint.runtime;

/**
 * The host a measurement was taken on, stated next to every result because a 2-CPU desktop VM is
 * not production.
 */
public record Environment(
    String os, String kernel, int cpus, long memoryBytes, String runtime, String runtimeVersion) {

  /** What this JVM can see of the host; the runtime fields are filled in by the runner. */
  public static Environment ofHost(String runtime, String runtimeVersion) {
    long memory = 0;
    var bean = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (bean instanceof com.sun.management.OperatingSystemMXBean os) {
      memory = os.getTotalMemorySize();
    }
    return new Environment(
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        Runtime.getRuntime().availableProcessors(),
        memory,
        runtime,
        runtimeVersion);
  }
}
