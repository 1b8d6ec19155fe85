package dev.footprint.report;

import java.util.ArrayList;
import java.util.List;

/**
 * An aligned plain-text table. Columns whose header is marked right-aligned (numbers, sizes) are
 * padded on the left, the rest on the right; the last left-aligned column is not padded, so long
 * commands do not push trailing spaces.
 */
public final class TextTable {
  private final List<String> headers;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(List<String> headers, boolean[] right) {
    this.headers = headers;
    this.right = right;
  }

  /** Headers starting with '>' are right-aligned; the '>' is not printed. */
  public static TextTable of(String... headers) {
    List<String> names = new ArrayList<>();
    boolean[] right = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      right[i] = headers[i].startsWith(">");
      names.add(right[i] ? headers[i].substring(1) : headers[i]);
    }
    return new TextTable(names, right);
  }

  public TextTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, table has " + headers.size() + " columns");
    }
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(cell == null ? "" : cell.toString());
    }
    rows.add(row);
    return this;
  }

  public String render() {
    int[] width = new int[headers.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = headers.get(i).length();
      for (List<String> row : rows) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    appendRow(out, headers, width);
    for (List<String> row : rows) {
      appendRow(out, row, width);
    }
    return out.toString();
  }

  private void appendRow(StringBuilder out, List<String> cells, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(width[i] - cell.length());
      if (i > 0) {
        line.append("  ");
      }
      line.append(right[i] ? pad + cell : cell + (i == cells.size() - 1 ? "" : pad));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
