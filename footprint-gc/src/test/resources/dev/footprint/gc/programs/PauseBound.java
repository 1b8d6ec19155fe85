/**
 * Pauses longer than a tight goal: a large table of small objects is rewritten continuously, so
 * each young collection finds many survivors to copy (young pauses grow with what survives, not
 * with what died). Run with a large heap and -XX:MaxGCPauseMillis=10: G1 cannot meet the goal.
 */
public class PauseBound {
  static final class Entry {
    final long key;
    final Object value;

    Entry(long key, Object value) {
      this.key = key;
      this.value = value;
    }
  }

  public static void main(String[] args) {
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : 3;
    Entry[] table = new Entry[1 << 20];
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long i = 0;
    while (System.nanoTime() < end) {
      for (int k = 0; k < 10_000; k++, i++) {
        int slot = (int) ((i * 2654435761L) & (table.length - 1));
        table[slot] = new Entry(i, new long[4]);
      }
    }
    System.out.println("written=" + i);
  }
}
