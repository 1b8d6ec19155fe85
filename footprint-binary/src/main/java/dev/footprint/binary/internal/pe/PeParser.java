package dev.footprint.binary.internal.pe;

import static dev.footprint.binary.internal.io.BinaryInput.u16;
import static dev.footprint.binary.internal.io.BinaryInput.u32;

import dev.footprint.binary.internal.io.BinaryInput;
import dev.footprint.common.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the DOS stub pointer, COFF header, optional header and section table of a PE file. */
final class PeParser {
  private static final int SYMBOL_SIZE = 18;
  private static final int MAX_SECTIONS = 96 * 1024;

  private PeParser() {}

  static boolean isPe(ByteBuffer start) {
    return start.limit() >= 2 && start.get(0) == 'M' && start.get(1) == 'Z';
  }

  static PeFile parse(BinaryInput in) throws InvalidInputException {
    in.order(ByteOrder.LITTLE_ENDIAN);
    ByteBuffer dos = in.read(0, 64, "DOS header");
    if (!isPe(dos)) {
      throw in.invalid("not a PE file");
    }
    long peOffset = u32(dos, 0x3c);
    ByteBuffer coff = in.read(peOffset, 24, "PE header");
    if (coff.getInt(0) != 0x00004550) {
      throw in.invalid("no PE signature (an MS-DOS program?)");
    }
    int machine = u16(coff, 4);
    int count = u16(coff, 6);
    long symbols = u32(coff, 12);
    long symbolCount = u32(coff, 16);
    int optSize = u16(coff, 20);
    int characteristics = u16(coff, 22);
    long optOffset = peOffset + 24;
    boolean wide = false;
    long imageBase = 0;
    long importRva = 0;
    long importSize = 0;
    if (optSize >= 2) {
      ByteBuffer opt = in.read(optOffset, optSize, "PE optional header");
      int magic = u16(opt, 0);
      if (magic != 0x10b && magic != 0x20b) {
        throw in.invalid(String.format("unknown PE optional header magic 0x%x", magic));
      }
      wide = magic == 0x20b;
      int dirs = wide ? 112 : 96;
      if (optSize >= dirs) {
        imageBase = wide ? opt.getLong(24) : u32(opt, 28);
        long dirCount = u32(opt, dirs - 4);
        if (dirCount >= 2 && optSize >= dirs + 16) {
          importRva = u32(opt, dirs + 8);
          importSize = u32(opt, dirs + 12);
        }
      }
    }
    if (count > MAX_SECTIONS) {
      throw in.invalid("implausible section count " + count);
    }
    ByteBuffer table = in.read(optOffset + optSize, 40L * count, "PE section table");
    ByteBuffer strings = null;
    List<PeSection> sections = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int p = i * 40;
      byte[] raw = new byte[8];
      table.get(p, raw);
      String name = trimNul(new String(raw, StandardCharsets.UTF_8));
      if (name.startsWith("/") && symbols != 0) {
        if (strings == null) {
          strings = stringTable(in, symbols, symbolCount);
        }
        name = longName(strings, name);
      }
      sections.add(new PeSection(i + 1, name, u32(table, p + 8), u32(table, p + 12),
          u32(table, p + 16), u32(table, p + 20), u32(table, p + 36)));
    }
    return new PeFile(machine, characteristics, wide, imageBase, symbols, symbolCount, importRva,
        importSize, sections);
  }

  /** Bytes of the COFF symbol table plus its string table (0 when there is none). */
  static long symbolBytes(BinaryInput in, PeFile pe) throws InvalidInputException {
    if (pe.symbolTableOffset() == 0) {
      return 0;
    }
    long strings = pe.symbolTableOffset() + pe.symbolCount() * SYMBOL_SIZE;
    long size = 0;
    if (in.contains(strings, 4)) {
      size = u32(in.read(strings, 4, "COFF string table size"), 0);
    }
    long total = pe.symbolCount() * SYMBOL_SIZE + size;
    if (!in.contains(pe.symbolTableOffset(), total)) {
      throw in.invalid("COFF symbol table runs past the end of the file");
    }
    return total;
  }

  private static ByteBuffer stringTable(BinaryInput in, long symbols, long count)
      throws InvalidInputException {
    long at = symbols + count * SYMBOL_SIZE;
    long size = u32(in.read(at, 4, "COFF string table size"), 0);
    return in.read(at, Math.max(size, 4), "COFF string table");
  }

  private static String longName(ByteBuffer strings, String name) {
    try {
      return BinaryInput.cString(strings, Long.parseLong(name.substring(1)));
    } catch (NumberFormatException e) {
      return name;
    }
  }

  private static String trimNul(String s) {
    int nul = s.indexOf('\0');
    return nul < 0 ? s : s.substring(0, nul);
  }
}
