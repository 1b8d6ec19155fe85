package dev.footprint.binary.internal.pe;

import dev.footprint.binary.internal.io.BinaryInput;
import dev.footprint.common.InvalidInputException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** The DLL names of the import directory, in order. */
final class PeImports {
  private static final int ENTRY = 20;
  private static final int MAX_IMPORTS = 4096;
  private static final int MAX_NAME = 512;

  private PeImports() {}

  static List<String> read(BinaryInput in, PeFile pe) throws InvalidInputException {
    List<String> out = new ArrayList<>();
    if (pe.importRva() == 0) {
      return out;
    }
    long at = pe.offsetOf(pe.importRva());
    if (at < 0) {
      throw in.invalid("import directory is not inside any section");
    }
    for (int i = 0; i < MAX_IMPORTS; i++) {
      ByteBuffer e = in.read(at + (long) i * ENTRY, ENTRY, "import directory entry");
      long nameRva = BinaryInput.u32(e, 12);
      if (nameRva == 0 && BinaryInput.u32(e, 16) == 0 && BinaryInput.u32(e, 0) == 0) {
        return out;
      }
      long nameAt = pe.offsetOf(nameRva);
      if (nameAt < 0) {
        throw in.invalid("import name is not inside any section");
      }
      out.add(BinaryInput.cString(in.readUpTo(nameAt, MAX_NAME, "import name"), 0));
    }
    throw in.invalid("import directory has no end");
  }
}
