package dev.footprint.binary;

/** The C library a binary expects, which decides the base images it can run on. */
public enum Libc {
  GLIBC("glibc"),
  MUSL("musl"),
  /** No C library needed (static Go, PE, or nothing that tells). */
  NONE("none");

  private final String id;

  Libc(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
