package dev.footprint.runtime.internal.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.runtime.Limits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes an OCI runtime-spec {@code config.json} the way {@code docker run --network host} would
 * set a container up: default capabilities, private pid/ipc/uts/mount namespaces but the host's
 * network, the usual /proc, /dev and /sys mounts, masked kernel paths, and CPU/memory limits in
 * the container's own cgroup.
 */
public final class OciConfig {
  static final List<String> CAPABILITIES =
      List.of(
          "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FSETID", "CAP_FOWNER", "CAP_MKNOD", "CAP_NET_RAW",
          "CAP_SETGID", "CAP_SETUID", "CAP_SETFCAP", "CAP_SETPCAP", "CAP_NET_BIND_SERVICE",
          "CAP_SYS_CHROOT", "CAP_KILL", "CAP_AUDIT_WRITE");
  private static final List<String> MASKED =
      List.of(
          "/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys", "/proc/latency_stats",
          "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/sys/firmware",
          "/proc/scsi");
  private static final List<String> READONLY =
      List.of("/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger");

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * @param rootfs the root file system, relative to the bundle ("rootfs") or absolute
   * @param readonlyRoot mount the root read-only (when no writable overlay could be made)
   * @param cgroupsPath e.g. {@code /footprint-1a2b3c}, created and removed by the runtime
   */
  public ObjectNode build(
      ContainerProcess p, String rootfs, boolean readonlyRoot, String cgroupsPath, Limits limits) {
    ObjectNode root = mapper.createObjectNode();
    root.put("ociVersion", "1.0.2");
    ObjectNode process = root.putObject("process");
    process.put("terminal", false);
    ObjectNode user = process.putObject("user");
    user.put("uid", p.uid());
    user.put("gid", p.gid());
    if (!p.extraGids().isEmpty()) {
      ArrayNode gids = user.putArray("additionalGids");
      p.extraGids().forEach(gids::add);
    }
    strings(process.putArray("args"), p.args());
    strings(process.putArray("env"), p.env());
    process.put("cwd", p.cwd());
    ObjectNode caps = process.putObject("capabilities");
    for (String set : List.of("bounding", "effective", "permitted")) {
      strings(caps.putArray(set), CAPABILITIES);
    }
    // No rlimits: the container inherits footprint's, which a runtime may not raise anyway.
    process.put("noNewPrivileges", true);
    ObjectNode r = root.putObject("root");
    r.put("path", rootfs);
    r.put("readonly", readonlyRoot);
    root.put("hostname", "footprint");
    mounts(root.putArray("mounts"));
    root.set("linux", linux(cgroupsPath, limits));
    return root;
  }

  public void write(ObjectNode config, Path file) throws java.io.IOException {
    Files.write(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(config));
  }

  private ObjectNode linux(String cgroupsPath, Limits limits) {
    ObjectNode linux = mapper.createObjectNode();
    ArrayNode ns = linux.putArray("namespaces");
    // No "network" namespace: the container shares the host's network, so ports need no mapping
    // and loopback latency is the same for every runtime.
    for (String type : List.of("pid", "ipc", "uts", "mount")) {
      ns.addObject().put("type", type);
    }
    linux.put("cgroupsPath", cgroupsPath);
    ObjectNode resources = linux.putObject("resources");
    ObjectNode deny = resources.putArray("devices").addObject();
    deny.put("allow", false);
    deny.put("access", "rwm");
    if (limits.memoryBytes() > 0) {
      ObjectNode memory = resources.putObject("memory");
      memory.put("limit", limits.memoryBytes());
      memory.put("swap", limits.memoryBytes());
    }
    if (limits.cpus() > 0) {
      ObjectNode cpu = resources.putObject("cpu");
      cpu.put("quota", limits.cpuQuotaMicros());
      cpu.put("period", Limits.CPU_PERIOD_MICROS);
    }
    strings(linux.putArray("maskedPaths"), MASKED);
    strings(linux.putArray("readonlyPaths"), READONLY);
    return linux;
  }

  private void mounts(ArrayNode mounts) {
    mount(mounts, "/proc", "proc", "proc", List.of("nosuid", "noexec", "nodev"));
    mount(mounts, "/dev", "tmpfs", "tmpfs", List.of("nosuid", "strictatime", "mode=755", "size=65536k"));
    mount(mounts, "/dev/pts", "devpts", "devpts",
        List.of("nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620"));
    mount(mounts, "/dev/shm", "tmpfs", "shm", List.of("nosuid", "noexec", "nodev", "mode=1777", "size=65536k"));
    mount(mounts, "/dev/mqueue", "mqueue", "mqueue", List.of("nosuid", "noexec", "nodev"));
    // sysfs cannot be mounted fresh without a network namespace of our own; bind the host's.
    mount(mounts, "/sys", "none", "/sys", List.of("rbind", "nosuid", "noexec", "nodev", "ro"));
    mount(mounts, "/tmp", "tmpfs", "tmpfs", List.of("nosuid", "nodev", "mode=1777"));
    for (String file : List.of("/etc/resolv.conf", "/etc/hosts")) {
      if (Files.isRegularFile(Path.of(file))) {
        mount(mounts, file, "none", file, List.of("bind", "ro"));
      }
    }
  }

  private static void mount(ArrayNode mounts, String dest, String type, String source, List<String> options) {
    ObjectNode m = mounts.addObject();
    m.put("destination", dest);
    m.put("type", type);
    m.put("source", source);
    strings(m.putArray("options"), options);
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
