package dev.footprint.analyze.internal.collect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Whether a cgo Go binary calls C code of its own, or only the C that the standard library's cgo
 * users (net, os/user) bring. Go names every C call wrapper {@code PKG._Cfunc_NAME} (or
 * {@code _C2func_}) in its function table, which stripping keeps, so the names survive in every
 * binary. Stateless.
 */
final class CgoScan {
  private static final byte[][] MARKERS = {"._Cfunc_".getBytes(StandardCharsets.US_ASCII),
      "._C2func_".getBytes(StandardCharsets.US_ASCII)};
  private static final Set<String> STD = Set.of("net", "os/user", "runtime/cgo", "plugin", "crypto/x509",
      "runtime/race", "internal/syscall/unix");
  private static final int OVERLAP = 512;

  private CgoScan() {}

  /** True when some package other than the standard library's cgo users declares C calls. */
  static boolean callsOwnC(Path binary) throws IOException {
    byte[] buf = new byte[1 << 20];
    int kept = 0;
    try (InputStream in = Files.newInputStream(binary)) {
      int n;
      while ((n = in.read(buf, kept, buf.length - kept)) > 0) {
        int end = kept + n;
        if (scan(buf, end)) {
          return true;
        }
        kept = Math.min(OVERLAP, end);
        System.arraycopy(buf, end - kept, buf, 0, kept);
      }
    }
    return false;
  }

  private static boolean scan(byte[] b, int end) {
    for (int i = 0; i < end; i++) {
      for (byte[] m : MARKERS) {
        if (i + m.length <= end && matches(b, i, m)) {
          int start = i;
          while (start > 0 && i - start < 256 && printable(b[start - 1])) {
            start--;
          }
          String pkg = new String(b, start, i - start, StandardCharsets.US_ASCII);
          if (!pkg.isEmpty() && !STD.contains(pkg) && !pkg.startsWith("_cgo")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean matches(byte[] b, int at, byte[] m) {
    for (int j = 0; j < m.length; j++) {
      if (b[at + j] != m[j]) {
        return false;
      }
    }
    return true;
  }

  private static boolean printable(byte c) {
    return c > 0x20 && c < 0x7f && c != '"' && c != '\'';
  }
}
