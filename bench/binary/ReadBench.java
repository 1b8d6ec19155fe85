import dev.footprint.binary.Binaries;
import dev.footprint.binary.BinaryInfo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * In-process cost of reading a binary's facts, without JVM start-up: mean wall and thread CPU time
 * per read after warm-up (CPU time stays meaningful on a loaded machine), and the bytes the reader
 * pulled from the file. Run with the CLI jar on the class path:
 * java -cp footprint-cli/target/footprint-all.jar bench/binary/ReadBench.java FILE...
 */
public class ReadBench {
  public static void main(String[] args) throws Exception {
    for (String arg : args) {
      Path file = Path.of(arg);
      for (int i = 0; i < 200; i++) {
        Binaries.read(file);
      }
      int n = 1000;
      java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      for (int i = 0; i < n; i++) {
        Binaries.read(file);
      }
      double micros = (System.nanoTime() - start) / 1000.0 / n;
      double cpuMicros = (threads.getCurrentThreadCpuTime() - cpuStart) / 1000.0 / n;
      long[] counted = new long[2];
      BinaryInfo info;
      try (SeekableByteChannel c = counting(Files.newByteChannel(file), counted)) {
        info = Binaries.read(c, arg);
      }
      System.out.printf("%-12s size %,12d B  read %,8d B in %d reads  wall %7.1f us/read  cpu %7.1f us/read  go=%s%n",
          file.getFileName(), Files.size(file), counted[0], counted[1], micros, cpuMicros,
          info.go().map(g -> g.goVersion()).orElse("-"));
    }
  }

  private static SeekableByteChannel counting(SeekableByteChannel d, long[] counted) {
    return new SeekableByteChannel() {
      public int read(ByteBuffer dst) throws IOException {
        int n = d.read(dst);
        counted[0] += Math.max(0, n);
        counted[1]++;
        return n;
      }
      public int write(ByteBuffer src) { throw new UnsupportedOperationException(); }
      public long position() throws IOException { return d.position(); }
      public SeekableByteChannel position(long p) throws IOException { d.position(p); return this; }
      public long size() throws IOException { return d.size(); }
      public SeekableByteChannel truncate(long s) { throw new UnsupportedOperationException(); }
      public boolean isOpen() { return d.isOpen(); }
      public void close() throws IOException { d.close(); }
    };
  }
}
