package dev.footprint.binary;

import dev.footprint.binary.internal.elf.ElfFacts;
import dev.footprint.binary.internal.elf.ElfParser;
import dev.footprint.binary.internal.io.BinaryInput;
import dev.footprint.binary.internal.pe.PeFacts;
import dev.footprint.binary.internal.strip.ElfStripper;
import dev.footprint.common.FootprintException;
import dev.footprint.common.InvalidInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of footprint-binary: facts of ELF and PE files, and the ELF stripper. Readers load
 * only the headers and the sections the facts need (never DWARF or code), so a 100 MB binary
 * costs a few kilobytes of reads. Stateless and thread-safe; a channel must not be shared.
 */
public final class Binaries {
  private Binaries() {}

  /** Facts of the ELF or PE file at {@code file}. */
  public static BinaryInfo read(Path file) throws IOException, InvalidInputException {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      return read(channel, file.toString());
    }
  }

  /**
   * Facts of the ELF or PE file in {@code channel}; {@code name} names it in errors and reports.
   * The channel's position is changed; it is not closed.
   */
  public static BinaryInfo read(SeekableByteChannel channel, String name)
      throws IOException, InvalidInputException {
    BinaryInput in = new BinaryInput(channel, name);
    if (in.size() < 4) {
      throw in.invalid("too short to be an executable (" + in.size() + " bytes)");
    }
    ByteBuffer start = in.readUpTo(0, 16, "file header");
    try {
      if (ElfParser.isElf(start)) {
        return ElfFacts.read(in);
      }
      if (PeFacts.isPe(start)) {
        return PeFacts.read(in);
      }
    } catch (RuntimeException e) {
      // A corrupt file can still trip a check nobody foresaw; it is bad input, not a bug.
      throw in.invalid("corrupt headers (" + e + ")");
    }
    throw in.invalid("not an ELF or PE executable");
  }

  /** True when the channel starts like an ELF or PE file; reads 4 bytes. */
  public static boolean looksExecutable(SeekableByteChannel channel)
      throws IOException, InvalidInputException {
    BinaryInput in = new BinaryInput(channel, "input");
    if (in.size() < 4) {
      return false;
    }
    ByteBuffer start = in.read(0, 4, "magic");
    return ElfParser.isElf(start) || PeFacts.isPe(start);
  }

  /**
   * Writes a stripped copy of the ELF file {@code in} to {@code out} (whole or not at all; the
   * input is only replaced when {@code out} is the same file). Refuses files it cannot strip
   * without touching mapped bytes, with an {@link InvalidInputException}.
   */
  public static StripResult strip(Path in, Path out) throws IOException, FootprintException {
    return ElfStripper.strip(in, out);
  }
}
