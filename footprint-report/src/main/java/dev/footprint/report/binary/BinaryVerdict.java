package dev.footprint.report.binary;

import dev.footprint.binary.BinaryInfo;
import dev.footprint.binary.BuildAdvice;
import dev.footprint.report.HumanSize;

/** The one-line verdict: stripped or not, bytes removable, and the flags that avoid them. */
public final class BinaryVerdict {
  private BinaryVerdict() {}

  public static String of(BinaryInfo info) {
    if (info.stripped()) {
      return "stripped: no symbol table or debug information left";
    }
    StringBuilder out = new StringBuilder("not stripped: ")
        .append(HumanSize.format(info.strippableBytes())).append(" removable (symbols ")
        .append(HumanSize.format(info.symbolBytes())).append(", debug ")
        .append(HumanSize.format(info.debugBytes())).append(')');
    String command = BuildAdvice.command(info);
    if (!command.isEmpty()) {
      out.append("; avoid with ").append(command);
    }
    return out.toString();
  }
}
