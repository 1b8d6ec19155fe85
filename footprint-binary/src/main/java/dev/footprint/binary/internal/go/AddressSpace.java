package dev.footprint.binary.internal.go;

import dev.footprint.common.InvalidInputException;
import java.nio.ByteBuffer;

/** Virtual addresses of a loaded image mapped back to file bytes (ELF segments, PE sections). */
public interface AddressSpace {
  /**
   * Up to {@code maxLength} bytes from {@code address} to the end of the mapping holding it; empty
   * when the address is not backed by file bytes.
   */
  ByteBuffer read(long address, long maxLength) throws InvalidInputException;

  /** Bytes from {@link #dataStart()} that likely hold the whole blob (e.g. the section size). */
  default long sizeHint() {
    return 0;
  }

  /** Where build info starts: Go's debug/buildinfo DataStart for this format (0 when none). */
  long dataStart();
}
