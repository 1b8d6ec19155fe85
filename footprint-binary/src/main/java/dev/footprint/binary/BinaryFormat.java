package dev.footprint.binary;

/** The container format of an executable or library. */
public enum BinaryFormat {
  ELF,
  PE;

  /** The lower-case name used in reports and JSON ({@code elf}, {@code pe}). */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
