package dev.footprint.analyze.internal.collect;

import dev.footprint.binary.BinaryInfo;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An executable met while streaming: its facts from the binary reader and, when later steps need
 * its bytes (shared libraries and the loader, for the library closure), a temporary copy.
 * Immutable.
 *
 * @param callsOwnC a cgo Go binary with C code of its own (not only the standard library's cgo)
 */
public record SpooledBinary(String path, int layer, BinaryInfo info, Optional<Path> copy, boolean callsOwnC) {}
