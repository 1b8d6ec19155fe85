package dev.footprint.slim.internal;

import dev.footprint.binary.BinaryInfo;
import dev.footprint.binary.Binaries;
import dev.footprint.common.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Strips one file's content on its way from a layer into the output. The content goes to a temp
 * file only when it starts with the ELF magic, so other files stream straight through; the
 * stripper itself works on files, never on memory.
 */
public final class ElfStripping {
  private static final byte[] ELF = {0x7f, 'E', 'L', 'F'};
  private static final java.util.regex.Pattern SHARED_LIBRARY = java.util.regex.Pattern.compile(".*\\.so(\\.[0-9.]+)?");
  private final Path workDir;

  public ElfStripping(Path workDir) {
    this.workDir = workDir;
  }

  /**
   * Only programs and shared libraries: an ELF that is neither executable nor a .so is data (test
   * fixtures, firmware) that must ship as it is.
   */
  public static boolean strippable(dev.footprint.image.LayerEntry e) {
    String name = e.path().substring(e.path().lastIndexOf('/') + 1);
    return (e.mode() & 0111) != 0 || SHARED_LIBRARY.matcher(name).matches();
  }

  /** A file whose content may be stripped: the stripped temp file, or the untouched stream. */
  public record Outcome(Optional<Path> stripped, long size, InputStream original) {}

  /**
   * Returns the stripped file when {@code content} is an ELF that has strippable bytes and can be
   * stripped safely; otherwise the original stream (rewound) to copy as-is.
   */
  public Outcome strip(InputStream content, long size) throws IOException {
    BufferedInputStream in = new BufferedInputStream(content, (int) Math.max(ELF.length, Math.min(1 << 16, size)));
    in.mark(ELF.length);
    byte[] head = in.readNBytes(ELF.length);
    in.reset();
    if (size < 64 || !java.util.Arrays.equals(head, ELF)) {
      return new Outcome(Optional.empty(), size, new UnclosedStream(in));
    }
    Path original = Files.createTempFile(workDir, "elf-", ".in");
    Path stripped = Files.createTempFile(workDir, "elf-", ".out");
    try (OutputStream out = Files.newOutputStream(original)) {
      in.transferTo(out);
    }
    try {
      BinaryInfo info = Binaries.read(original);
      if (info.strippableBytes() > 0 && !info.type().equals("relocatable")) {
        Binaries.strip(original, stripped);
        Files.delete(original);
        return new Outcome(Optional.of(stripped), Files.size(stripped), InputStream.nullInputStream());
      }
    } catch (InvalidInputException e) {
      // Not safely strippable (odd layout, corrupt): ship it unchanged.
    } catch (dev.footprint.common.FootprintException e) {
      // same as above
    }
    Files.deleteIfExists(stripped);
    return new Outcome(Optional.empty(), size, new TempFileStream(original));
  }

  /** Leaves the layer's entry stream open: the layer reader owns it. */
  private static final class UnclosedStream extends java.io.FilterInputStream {
    UnclosedStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }

  /** Reads a temp file and deletes it when closed. */
  private static final class TempFileStream extends java.io.FilterInputStream {
    private final Path file;

    TempFileStream(Path file) throws IOException {
      super(Files.newInputStream(file));
      this.file = file;
    }

    @Override
    public void close() throws IOException {
      super.close();
      Files.deleteIfExists(file);
    }
  }
}
