import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/** Allocates small and humongous arrays, keeps some, then prints each collector bean's count. */
public class Alloc {
  public static void main(String[] args) {
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
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      System.out.println(gc.getName() + "=" + gc.getCollectionCount());
    }
    System.out.println("allocated=" + sink);
  }
}
