import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Allocates small and humongous arrays, keeps some, then prints each collector bean's count once
 * they stopped changing (a concurrent collector may still be finishing a cycle), and exits.
 */
public class Alloc {
  static String counts() {
    StringBuilder s = new StringBuilder();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      s.append(gc.getName()).append('=').append(gc.getCollectionCount()).append('\n');
    }
    return s.toString();
  }

  public static void main(String[] args) throws InterruptedException {
    List<byte[]> keep = new ArrayList<>();
    long sink = 0;
    for (int i = 0; i < 400_000; i++) {
      byte[] b = new byte[(i % 50 == 0) ? 600_000 : 2_000];
      sink += b.length;
      if (i % 10 == 5) {
        keep.add(b);
      }
      if (keep.size() > 4000) {
        keep.subList(0, 2000).clear();
      }
    }
    System.gc();
    String counts = counts();
    while (true) {
      Thread.sleep(300);
      String again = counts();
      if (again.equals(counts)) {
        break;
      }
      counts = again;
    }
    System.out.print(counts);
    System.out.println("allocated=" + sink);
  }
}
