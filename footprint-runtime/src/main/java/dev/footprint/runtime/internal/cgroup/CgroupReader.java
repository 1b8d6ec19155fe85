package dev.footprint.runtime.internal.cgroup;

import dev.footprint.runtime.internal.linux.KeyValues;
import dev.footprint.runtime.internal.linux.ProcFiles;
import dev.footprint.runtime.sample.CgroupStats;
import dev.footprint.runtime.sample.Sample;
import dev.footprint.runtime.sample.SampleTarget;
import dev.footprint.runtime.sample.TargetGoneException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a cgroup's accounting files, v1 or v2, with the formulas docker stats and cAdvisor use
 * (working set = usage − inactive file cache). A file that is missing because a controller is not
 * enabled makes that figure unavailable with a note; a missing memory file means the group is gone.
 * Not thread-safe.
 */
public final class CgroupReader {
  /** v1 reports "no limit" as a page-rounded LONG_MAX; anything this large is no limit. */
  private static final long V1_UNLIMITED = 1L << 62;

  private final ProcFiles files = new ProcFiles();

  public CgroupStats read(SampleTarget.Cgroup group, Set<String> notes) throws IOException, TargetGoneException {
    return group.version() == 2 ? readV2(group, notes) : readV1(group, notes);
  }

  /** PIDs listed in the group's {@code cgroup.procs}. */
  public List<Long> processes(SampleTarget.Cgroup group) throws IOException, TargetGoneException {
    Path dir = group.version() == 2 ? group.directory("") : anyDirectory(group);
    try {
      return parsePids(files.read(dir.resolve("cgroup.procs")));
    } catch (NoSuchFileException e) {
      throw gone(group);
    }
  }

  static List<Long> parsePids(String text) {
    List<Long> pids = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        pids.add(Long.parseLong(line.strip()));
      }
    }
    return pids;
  }

  private CgroupStats readV2(SampleTarget.Cgroup group, Set<String> notes) throws IOException, TargetGoneException {
    Path dir = group.directory("");
    long usage;
    String memStat;
    try {
      usage = Long.parseLong(files.read(dir.resolve("memory.current")).strip());
      memStat = files.read(dir.resolve("memory.stat"));
    } catch (NoSuchFileException e) {
      if (!dir.resolve("cgroup.procs").toFile().exists()) {
        throw gone(group);
      }
      notes.add("cgroup memory: the memory controller is not enabled for " + dir);
      usage = Sample.UNAVAILABLE;
      memStat = "";
    }
    long workingSet = workingSet(usage, KeyValues.find(memStat, "inactive_file").orElse(0));
    long peak = optionalNumber(dir.resolve("memory.peak"));
    long limit = limit(optionalText(dir.resolve("memory.max")), Long.MAX_VALUE);
    String cpuStat = optionalText(dir.resolve("cpu.stat"));
    long cpu = cpuStat == null ? Sample.UNAVAILABLE : KeyValues.find(cpuStat, "usage_usec").orElse(-1);
    if (cpu >= 0) {
      cpu *= 1000;
    }
    long pids = optionalNumber(dir.resolve("pids.current"));
    if (pids < 0) {
      notes.add("cgroup pids: the pids controller is not enabled for " + dir);
    }
    long[] io = ioStatV2(optionalText(dir.resolve("io.stat")));
    return new CgroupStats(2, usage, workingSet, peak, limit, pids, cpu, io[0], io[1]);
  }

  private CgroupStats readV1(SampleTarget.Cgroup group, Set<String> notes) throws IOException, TargetGoneException {
    Path mem = group.directory("memory");
    long usage = Sample.UNAVAILABLE;
    long workingSet = Sample.UNAVAILABLE;
    long peak = Sample.UNAVAILABLE;
    long limit = Sample.UNAVAILABLE;
    if (mem == null) {
      notes.add("cgroup memory: no memory controller directory for " + group.name());
    } else {
      try {
        usage = Long.parseLong(files.read(mem.resolve("memory.usage_in_bytes")).strip());
      } catch (NoSuchFileException e) {
        throw gone(group);
      }
      String stat = optionalText(mem.resolve("memory.stat"));
      workingSet = workingSet(usage, stat == null ? 0 : KeyValues.find(stat, "total_inactive_file").orElse(0));
      peak = optionalNumber(mem.resolve("memory.max_usage_in_bytes"));
      limit = limit(optionalText(mem.resolve("memory.limit_in_bytes")), V1_UNLIMITED);
    }
    long cpu = controllerNumber(group, "cpuacct", "cpuacct.usage", notes);
    long pids = controllerNumber(group, "pids", "pids.current", notes);
    long[] io = {Sample.UNAVAILABLE, Sample.UNAVAILABLE};
    Path blkio = group.directory("blkio");
    if (blkio != null) {
      String text = optionalText(blkio.resolve("blkio.throttle.io_service_bytes_recursive"));
      if (text == null) {
        text = optionalText(blkio.resolve("blkio.throttle.io_service_bytes"));
      }
      io = blkioV1(text);
    }
    return new CgroupStats(1, usage, workingSet, peak, limit, pids, cpu, io[0], io[1]);
  }

  private long controllerNumber(SampleTarget.Cgroup group, String controller, String file, Set<String> notes)
      throws IOException {
    Path dir = group.directory(controller);
    long value = dir == null ? Sample.UNAVAILABLE : optionalNumber(dir.resolve(file));
    if (value < 0) {
      notes.add("cgroup " + controller + ": no " + file + " for " + group.name());
    }
    return value;
  }

  static long workingSet(long usage, long inactiveFile) {
    if (usage < 0) {
      return Sample.UNAVAILABLE;
    }
    return inactiveFile < usage ? usage - inactiveFile : 0;
  }

  static long limit(String text, long unlimitedFrom) {
    if (text == null || text.isBlank() || text.strip().equals("max")) {
      return Sample.UNAVAILABLE;
    }
    long value = Long.parseLong(text.strip());
    return value >= unlimitedFrom ? Sample.UNAVAILABLE : value;
  }

  /** Sums {@code rbytes=} and {@code wbytes=} over the devices of a v2 {@code io.stat}. */
  static long[] ioStatV2(String text) {
    if (text == null) {
      return new long[] {Sample.UNAVAILABLE, Sample.UNAVAILABLE};
    }
    long read = 0;
    long written = 0;
    for (String token : text.split("\\s+")) {
      if (token.startsWith("rbytes=")) {
        read += Long.parseLong(token.substring(7));
      } else if (token.startsWith("wbytes=")) {
        written += Long.parseLong(token.substring(7));
      }
    }
    return new long[] {read, written};
  }

  /** Sums the {@code MAJ:MIN Read N} and {@code MAJ:MIN Write N} lines of a v1 blkio file. */
  static long[] blkioV1(String text) {
    if (text == null) {
      return new long[] {Sample.UNAVAILABLE, Sample.UNAVAILABLE};
    }
    long read = 0;
    long written = 0;
    for (String line : text.split("\n")) {
      String[] f = line.trim().split(" +");
      if (f.length == 3 && f[0].contains(":")) {
        if (f[1].equals("Read")) {
          read += Long.parseLong(f[2]);
        } else if (f[1].equals("Write")) {
          written += Long.parseLong(f[2]);
        }
      }
    }
    return new long[] {read, written};
  }

  private String optionalText(Path file) throws IOException {
    try {
      return files.read(file);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private long optionalNumber(Path file) throws IOException {
    String text = optionalText(file);
    if (text == null || text.isBlank()) {
      return Sample.UNAVAILABLE;
    }
    return Long.parseLong(text.strip());
  }

  private static Path anyDirectory(SampleTarget.Cgroup group) {
    for (String c : List.of("memory", "pids", "cpuacct", "cpu", "blkio")) {
      if (group.directory(c) != null) {
        return group.directory(c);
      }
    }
    return group.directories().values().iterator().next();
  }

  private static TargetGoneException gone(SampleTarget.Cgroup group) {
    return new TargetGoneException(group.describe() + " no longer exists");
  }
}
