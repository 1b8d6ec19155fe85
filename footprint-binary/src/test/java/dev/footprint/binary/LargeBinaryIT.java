package dev.footprint.binary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facts of a 100 MB binary come from a few kilobytes of reads: headers make the rest unneeded. */
class LargeBinaryIT {
  private static final long HUNDRED_MB = 100L << 20;

  @TempDir Path dir;

  @Test
  void facts_of100MbBinary_readOnlyHeadersAndNeededSections() throws Exception {
    Tools.require("objcopy");
    Path blob = dir.resolve("blob");
    try (OutputStream out = Files.newOutputStream(blob, StandardOpenOption.CREATE_NEW)) {
      byte[] chunk = new byte[1 << 20];
      for (int i = 0; i < 100; i++) {
        java.util.Arrays.fill(chunk, (byte) i);
        out.write(chunk);
      }
    }
    Path big = dir.resolve("big");
    Tools.ok("objcopy", "--add-section", ".debug_big=" + blob, TestBinaries.get().get("go-cgo1").toString(),
        big.toString());
    Files.delete(blob);
    assertThat(Files.size(big)).isGreaterThan(HUNDRED_MB);

    BinaryInfo info;
    long bytesRead;
    try (BytesChannel counting = new BytesChannel(Files.newByteChannel(big))) {
      info = Binaries.read(counting, big.toString());
      bytesRead = counting.bytesRead();
    }

    assertThat(info.debugBytes()).isGreaterThan(HUNDRED_MB);
    assertThat(info.go()).isPresent();
    assertThat(info.needed()).contains("libc.so.6");
    // Headers, the section name table, the dynamic section and its strings, notes, and Go's
    // build-info blob (its section, not Go's whole 64 KiB window): a few kB of 100 MB.
    assertThat(bytesRead).as("bytes read of %d", Files.size(big)).isLessThan(32 * 1024);
  }
}
