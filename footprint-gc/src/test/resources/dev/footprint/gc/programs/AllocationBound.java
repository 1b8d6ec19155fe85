/**
 * Allocation-bound: almost nothing stays live (a 1 MiB window of recent objects), but short-lived
 * objects are allocated as fast as one thread can, for the given number of seconds. In a small
 * heap the young generation fills many times a second and collections take a large share of the
 * time, though each one is short.
 */
public class AllocationBound {
  public static void main(String[] args) {
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : 3;
    Object[] recent = new Object[4096];
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long n = 0;
    while (System.nanoTime() < end) {
      for (int k = 0; k < 10_000; k++, n++) {
        int[] o = new int[32];
        o[k & 31] = k;
        recent[(int) (n & 4095)] = o;
      }
    }
    System.out.println("objects=" + n);
  }
}
