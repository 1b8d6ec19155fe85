package dev.footprint.runtime.internal.linux;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads one process's figures from a /proc tree: {@code stat} (CPU, threads), {@code statm}
 * (resident and shared pages), {@code io} (storage bytes) and the {@code fd} directory. Four small
 * reads and one directory listing per process, no process spawned. The root is a parameter so tests
 * run against a fixture tree. Not thread-safe (one reusable buffer).
 */
public final class ProcessReader {
  /** USER_HZ is 100 on every mainstream Linux architecture; the kernel fixes it for userspace. */
  public static final long TICKS_PER_SECOND = 100;

  private static final long AT_PAGESZ = 6;
  private final Path proc;
  private final long pageSize;
  private final ProcFiles files = new ProcFiles();

  public ProcessReader(Path procRoot, long pageSize) {
    this.proc = procRoot;
    this.pageSize = pageSize;
  }

  /** Reader of this host's /proc with the real page size. */
  public static ProcessReader forHost() {
    Path proc = Path.of("/proc");
    return new ProcessReader(proc, pageSize(proc));
  }

  public Path root() {
    return proc;
  }

  /**
   * The figures of one process, or empty when it has ended (no directory, or a zombie). Figures the
   * host forbids are -1 with a line added to {@code notes}.
   */
  public Optional<ProcessFigures> read(long pid, Set<String> notes) throws IOException {
    Path dir = proc.resolve(Long.toString(pid));
    ProcStat stat;
    String statm;
    try {
      stat = ProcStat.parse(files.read(dir.resolve("stat")));
      statm = files.read(dir.resolve("statm"));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (stat.ended()) {
      return Optional.empty();
    }
    String[] pages = statm.trim().split(" +");
    if (pages.length < 3) {
      throw new IOException("bad statm for pid " + pid + ": " + statm.strip());
    }
    long resident = Long.parseLong(pages[1]) * pageSize;
    long shared = Long.parseLong(pages[2]) * pageSize;
    long read = -1;
    long written = -1;
    try {
      String io = files.read(dir.resolve("io"));
      read = KeyValues.find(io, "read_bytes").orElse(-1);
      written = KeyValues.find(io, "write_bytes").orElse(-1);
    } catch (AccessDeniedException e) {
      // One note for all processes (not one per PID), so a large tree gives one line.
      notes.add("I/O bytes: /proc/PID/io is not readable for some processes (another user's; run as that user or root)");
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    long fds = countFds(dir.resolve("fd"), notes);
    return Optional.of(
        new ProcessFigures(
            pid,
            stat,
            stat.utime() + stat.stime(),
            stat.cutime() + stat.cstime(),
            resident,
            Math.max(0, resident - shared),
            fds,
            read,
            written));
  }

  /** Direct children of a process, from every thread's {@code task/TID/children} file. */
  public List<Long> children(long pid) throws IOException {
    List<Long> out = new ArrayList<>();
    Path tasks = proc.resolve(Long.toString(pid)).resolve("task");
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(tasks)) {
      for (Path task : stream) {
        String text;
        try {
          text = files.read(task.resolve("children"));
        } catch (NoSuchFileException e) {
          continue; // the thread ended between listing and reading
        }
        for (String id : text.trim().split(" +")) {
          if (!id.isEmpty()) {
            out.add(Long.parseLong(id));
          }
        }
      }
    } catch (NoSuchFileException e) {
      return List.of();
    }
    return out;
  }

  private static long countFds(Path fdDir, Set<String> notes) throws IOException {
    long n = 0;
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(fdDir)) {
      for (Path ignored : stream) {
        n++;
      }
    } catch (AccessDeniedException e) {
      notes.add("open files: /proc/PID/fd is not readable for some processes (another user's; run as that user or root)");
      return -1;
    } catch (NoSuchFileException e) {
      return -1;
    }
    return n;
  }

  /** Page size from the auxiliary vector (AT_PAGESZ), 4096 if it cannot be read. */
  static long pageSize(Path proc) {
    try {
      return pageSizeFromAuxv(Files.readAllBytes(proc.resolve("self").resolve("auxv"))).orElse(4096);
    } catch (IOException e) {
      return 4096;
    }
  }

  static OptionalLong pageSizeFromAuxv(byte[] auxv) {
    ByteBuffer b = ByteBuffer.wrap(auxv).order(ByteOrder.nativeOrder());
    while (b.remaining() >= 16) {
      long type = b.getLong();
      long value = b.getLong();
      if (type == AT_PAGESZ && value >= 4096 && Long.bitCount(value) == 1) {
        return OptionalLong.of(value);
      }
    }
    return OptionalLong.empty();
  }
}
