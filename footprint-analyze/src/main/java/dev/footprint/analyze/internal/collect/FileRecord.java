package dev.footprint.analyze.internal.collect;

import dev.footprint.image.EntryType;
import dev.footprint.image.Whiteout;

/**
 * What the analysis keeps of one layer entry: metadata, the content fingerprint (files of at least
 * {@link ContentScanner#HASH_MIN_BYTES}) and content flags found while streaming. Immutable.
 *
 * @param hash 8-byte content fingerprint (CRC-32 and CRC-32C), or null when not fingerprinted
 * @param flags {@link #PRIVATE_KEY}, {@link #CREDENTIAL_CONTENT}
 */
public record FileRecord(
    String path,
    String rawName,
    EntryType type,
    long size,
    int mode,
    String linkTarget,
    Whiteout whiteout,
    boolean escapesRoot,
    byte[] hash,
    int flags) {

  /** The content starts like a PEM or OpenSSH private key. */
  public static final int PRIVATE_KEY = 1;
  /** A credentials file (.npmrc, .pypirc, docker config.json, .netrc) that holds a credential. */
  public static final int CREDENTIAL_CONTENT = 2;

  public boolean has(int flag) {
    return (flags & flag) != 0;
  }

  public boolean isFile() {
    return type == EntryType.FILE && whiteout == Whiteout.NONE;
  }
}
