package dev.footprint.binary;

import dev.footprint.binary.internal.closure.ClosureWalker;
import dev.footprint.common.InvalidInputException;
import java.io.IOException;

/**
 * Computes the shared-library closure of an ELF binary inside a root file system: PT_INTERP, then
 * DT_NEEDED recursively, searched like glibc's ld.so (DT_RPATH when there is no DT_RUNPATH,
 * DT_RUNPATH, the directories of the image's /etc/ld.so.conf and its includes, then the default
 * and multiarch directories) or musl's (/etc/ld-musl-ARCH.path, then /lib:/usr/local/lib:/usr/lib).
 * Candidates of another ELF class or machine are skipped, as the loader skips them.
 */
public final class SharedLibraryClosure {
  private SharedLibraryClosure() {}

  /**
   * The closure of the binary at {@code binaryPath} (absolute, inside {@code root}). A binary that
   * is static, or not ELF, has an empty closure.
   *
   * @throws InvalidInputException when the binary itself is missing or unreadable
   */
  public static LibraryClosure of(RootFileSystem root, String binaryPath)
      throws IOException, InvalidInputException {
    return new ClosureWalker(root).walk(binaryPath);
  }
}
