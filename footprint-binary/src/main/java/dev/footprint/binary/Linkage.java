package dev.footprint.binary;

/** How a binary gets its libraries at run time. */
public enum Linkage {
  /** No interpreter, no dynamic section: everything is in the file. */
  STATIC("static"),
  /** Needs a loader or DLLs (ELF PT_INTERP or DT_NEEDED; PE imports). */
  DYNAMIC("dynamic"),
  /** Position-independent and self-relocating, but needs no loader or library. */
  STATIC_PIE("static-pie");

  private final String id;

  Linkage(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
