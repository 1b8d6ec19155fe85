package dev.footprint.binary.internal.elf;

/** readelf's names for program header types. */
final class SegmentNames {
  private SegmentNames() {}

  static String of(long type) {
    return switch ((int) type) {
      case 0 -> "NULL";
      case 1 -> "LOAD";
      case 2 -> "DYNAMIC";
      case 3 -> "INTERP";
      case 4 -> "NOTE";
      case 5 -> "SHLIB";
      case 6 -> "PHDR";
      case 7 -> "TLS";
      case 0x6474e550 -> "GNU_EH_FRAME";
      case 0x6474e551 -> "GNU_STACK";
      case 0x6474e552 -> "GNU_RELRO";
      case 0x6474e553 -> "GNU_PROPERTY";
      case 0x65041580 -> "PAX_FLAGS";
      case 0x70000001 -> "EXIDX";
      case 0x70000003 -> "RISCV_ATTRIBUTES";
      default -> String.format("0x%x", type);
    };
  }
}
