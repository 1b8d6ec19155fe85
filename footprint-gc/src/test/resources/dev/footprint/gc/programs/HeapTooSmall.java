import java.util.ArrayList;
import java.util.List;

/**
 * A heap too small for its live set: about 24 MiB stay reachable (1 KiB arrays) while small
 * garbage is allocated for the given number of seconds. Run with -Xmx32m: G1 spends its time in
 * Full GCs. Prints how much it allocated.
 */
public class HeapTooSmall {
  static final int CHURN = Integer.getInteger("churn", 1);

  public static void main(String[] args) {
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : 3;
    List<byte[]> live = new ArrayList<>();
    for (int i = 0; i < Integer.getInteger("liveKiB", 24 * 1024 - 512); i++) {
      live.add(new byte[1008]); // 1008 + 16 header bytes = 1 KiB each
    }
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long allocated = 0;
    long sink = 0;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 1000; i++) {
        byte[] garbage = new byte[256];
        garbage[i & 255] = (byte) i;
        sink += garbage[(i * 7) & 255];
        allocated += garbage.length;
      }
      // replace live arrays as the program goes, so old regions fill with garbage too
      for (int r = 0; r < CHURN; r++) {
        live.set((int) ((allocated + r * 7919L) % live.size()), new byte[1008]);
      }
    }
    System.out.println("allocated=" + allocated + " live=" + live.size() + " sink=" + sink);
  }
}
