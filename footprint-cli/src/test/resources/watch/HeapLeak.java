import java.util.ArrayList;
import java.util.List;

/** Keeps 1 MiB more live heap every 100 ms, in a static list the GC can never clear. */
public class HeapLeak {
  static final List<byte[]> KEPT = new ArrayList<>();

  public static void main(String[] args) throws InterruptedException {
    while (true) {
      KEPT.add(new byte[1 << 20]);
      Thread.sleep(100);
    }
  }
}
