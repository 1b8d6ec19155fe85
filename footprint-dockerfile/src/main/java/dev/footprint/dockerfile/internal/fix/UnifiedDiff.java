package dev.footprint.dockerfile.internal.fix;

import java.util.ArrayList;
import java.util.List;

/** A unified diff ({@code diff -u} style, 3 lines of context) between two texts. */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  private record Op(char kind, String line, int a, int b) {}

  public static String diff(String name, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<Op> ops = ops(a, b);
    StringBuilder out = new StringBuilder();
    boolean absolute = name.startsWith("/") || name.matches("^[A-Za-z]:[\\\\/].*");
    out.append(absolute ? "--- " : "--- a/").append(name).append('\n')
        .append(absolute ? "+++ " : "+++ b/").append(name).append('\n');
    List<Integer> changes = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      if (ops.get(i).kind() != ' ') {
        changes.add(i);
      }
    }
    int k = 0;
    while (k < changes.size()) {
      int first = changes.get(k);
      int last = first;
      while (k + 1 < changes.size() && changes.get(k + 1) - last <= 2 * CONTEXT) {
        last = changes.get(++k);
      }
      k++;
      hunk(out, ops.subList(Math.max(0, first - CONTEXT), Math.min(ops.size(), last + CONTEXT + 1)));
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<Op> ops) {
    int aStart = ops.get(0).a();
    int bStart = ops.get(0).b();
    int aLen = (int) ops.stream().filter(o -> o.kind() != '+').count();
    int bLen = (int) ops.stream().filter(o -> o.kind() != '-').count();
    out.append("@@ -").append(aLen == 0 ? aStart : aStart + 1).append(',').append(aLen)
        .append(" +").append(bLen == 0 ? bStart : bStart + 1).append(',').append(bLen).append(" @@\n");
    for (Op o : ops) {
      out.append(o.kind()).append(o.line()).append('\n');
    }
  }

  /** Longest-common-subsequence edit script; Dockerfiles are small enough for O(n·m). */
  private static List<Op> ops(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Op> ops = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        ops.add(new Op(' ', a.get(i), i++, j++));
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.add(new Op('-', a.get(i), i++, j));
      } else {
        ops.add(new Op('+', b.get(j), i, j++));
      }
    }
    return ops;
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
    if (text.endsWith("\n")) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
