package dev.footprint.binary;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Writes small, valid ELF files for tests: any class and byte order, allocated sections in one
 * RW PT_LOAD segment, optional PT_INTERP and PT_DYNAMIC, non-allocated sections after it.
 */
public final class TestElf {
  public static final long BASE = 0x400000;

  public record Sec(String name, int type, boolean alloc, int size, LongFunction<byte[]> content, String link) {}

  private final boolean wide;
  private final ByteOrder order;
  private final int type;
  private final int machine;
  private final List<Sec> sections = new ArrayList<>();
  private String interp;

  public TestElf(boolean wide, ByteOrder order, int type, int machine) {
    this.wide = wide;
    this.order = order;
    this.type = type;
    this.machine = machine;
  }

  public TestElf section(String name, int type, boolean alloc, byte[] data) {
    sections.add(new Sec(name, type, alloc, data.length, a -> data, null));
    return this;
  }

  public TestElf section(Sec s) {
    sections.add(s);
    return this;
  }

  public TestElf interpreter(String path) {
    interp = path;
    byte[] b = (path + "\0").getBytes(StandardCharsets.UTF_8);
    sections.add(0, new Sec(".interp", 1, true, b.length, a -> b, null));
    return this;
  }

  /** .dynstr and .dynamic with the given DT_NEEDED names, soname and runpath (may be null). */
  public TestElf dynamic(List<String> needed, String soname, String runpath, String rpath) {
    ByteArrayOutputStream strings = new ByteArrayOutputStream();
    strings.write(0);
    Map<Long, Long> entries = new LinkedHashMap<>();
    List<long[]> tags = new ArrayList<>();
    for (String n : needed) {
      tags.add(new long[] {1, add(strings, n)});
    }
    if (soname != null) {
      tags.add(new long[] {14, add(strings, soname)});
    }
    if (runpath != null) {
      tags.add(new long[] {29, add(strings, runpath)});
    }
    if (rpath != null) {
      tags.add(new long[] {15, add(strings, rpath)});
    }
    byte[] str = strings.toByteArray();
    entries.clear();
    sections.add(new Sec(".dynstr", 3, true, str.length, a -> str, null));
    int entry = wide ? 16 : 8;
    int count = tags.size() + 3;
    sections.add(new Sec(".dynamic", 6, true, count * entry, a -> {
      ByteBuffer b = ByteBuffer.allocate(count * entry).order(order);
      long strAddr = addressOf(".dynstr");
      List<long[]> all = new ArrayList<>(tags);
      all.add(new long[] {5, strAddr});
      all.add(new long[] {10, str.length});
      all.add(new long[] {0, 0});
      for (long[] t : all) {
        word(b, t[0]);
        word(b, t[1]);
      }
      return b.array();
    }, ".dynstr"));
    return this;
  }

  /** A pre-Go-1.18 build info blob: two pointers to Go string headers. */
  public TestElf goPointerForm(String version, String modinfo) {
    int ptr = wide ? 8 : 4;
    byte[] v = version.getBytes(StandardCharsets.UTF_8);
    byte[] m = modinfo.getBytes(StandardCharsets.UTF_8);
    int size = 32 + 4 * ptr + v.length + m.length;
    sections.add(new Sec(".go.buildinfo", 1, true, size, a -> {
      ByteBuffer b = ByteBuffer.allocate(size).order(order);
      b.put("\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1));
      b.put((byte) ptr).put((byte) (order == ByteOrder.BIG_ENDIAN ? 1 : 0));
      long hdr1 = a + 32;
      long hdr2 = hdr1 + 2L * ptr;
      long data1 = hdr2 + 2L * ptr;
      long data2 = data1 + v.length;
      b.position(16);
      word(b, hdr1, ptr);
      word(b, hdr2, ptr);
      b.position(32);
      word(b, data1, ptr);
      word(b, v.length, ptr);
      word(b, data2, ptr);
      word(b, m.length, ptr);
      b.put(v).put(m);
      return b.array();
    }, null));
    return this;
  }

  /** A Go 1.18+ build info blob: version and modinfo inline, uvarint-length prefixed. */
  public TestElf goInlineForm(String version, String modinfo) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1));
    out.write(wide ? 8 : 4);
    out.write(2 | (order == ByteOrder.BIG_ENDIAN ? 1 : 0));
    out.writeBytes(new byte[16]);
    uvarintString(out, version);
    String framed = "0123456789abcdef" + modinfo + "\n" + "fedcba9876543210";
    uvarintString(out, framed);
    out.writeBytes(new byte[16]); // data follows in real binaries; the reader wants a string to end before the window does
    byte[] data = out.toByteArray();
    sections.add(new Sec(".go.buildinfo", 1, true, data.length, a -> data, null));
    return this;
  }

  private static void uvarintString(ByteArrayOutputStream out, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    long v = b.length;
    while (v >= 0x80) {
      out.write((int) (v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.write((int) v);
    out.writeBytes(b);
  }

  private final Map<String, Long> addresses = new LinkedHashMap<>();

  private long addressOf(String name) {
    return addresses.get(name);
  }

  private static long add(ByteArrayOutputStream strings, String s) {
    long at = strings.size();
    strings.writeBytes((s + "\0").getBytes(StandardCharsets.UTF_8));
    return at;
  }

  private void word(ByteBuffer b, long v) {
    word(b, v, wide ? 8 : 4);
  }

  private static void word(ByteBuffer b, long v, int size) {
    if (size == 8) {
      b.putLong(v);
    } else {
      b.putInt((int) v);
    }
  }

  public byte[] build() {
    int ehsize = wide ? 64 : 52;
    int phentsize = wide ? 56 : 32;
    int shentsize = wide ? 64 : 40;
    boolean hasDynamic = sections.stream().anyMatch(s -> s.name().equals(".dynamic"));
    int phnum = 1 + (interp != null ? 1 : 0) + (hasDynamic ? 1 : 0);
    List<Sec> all = new ArrayList<>(sections);
    ByteArrayOutputStream names = new ByteArrayOutputStream();
    names.write(0);
    Map<String, Long> nameOffsets = new LinkedHashMap<>();
    for (Sec s : all) {
      nameOffsets.put(s.name(), add(names, s.name()));
    }
    nameOffsets.put(".shstrtab", add(names, ".shstrtab"));
    byte[] shstr = names.toByteArray();
    all.add(new Sec(".shstrtab", 3, false, shstr.length, a -> shstr, null));
    long offset = align(ehsize + (long) phnum * phentsize, 16);
    Map<String, Long> offsets = new LinkedHashMap<>();
    for (Sec s : all) {
      if (s.alloc()) {
        offset = align(offset, 16);
        offsets.put(s.name(), offset);
        addresses.put(s.name(), BASE + offset);
        offset += s.size();
      }
    }
    long loadEnd = offset;
    for (Sec s : all) {
      if (!s.alloc()) {
        offsets.put(s.name(), offset);
        addresses.put(s.name(), 0L);
        offset += s.size();
      }
    }
    long shoff = align(offset, 8);
    int shnum = all.size() + 1;
    ByteBuffer f = ByteBuffer.allocate((int) (shoff + (long) shnum * shentsize)).order(order);
    f.put(new byte[] {0x7f, 'E', 'L', 'F', (byte) (wide ? 2 : 1),
        (byte) (order == ByteOrder.LITTLE_ENDIAN ? 1 : 2), 1});
    f.position(16);
    f.putShort((short) type).putShort((short) machine).putInt(1);
    word(f, BASE + 0x1000);
    word(f, ehsize);
    word(f, shoff);
    f.putInt(0).putShort((short) ehsize).putShort((short) phentsize).putShort((short) phnum)
        .putShort((short) shentsize).putShort((short) shnum).putShort((short) (shnum - 1));
    f.position(ehsize);
    phdr(f, 1, 6, 0, BASE, loadEnd);
    if (interp != null) {
      phdr(f, 3, 4, offsets.get(".interp"), addresses.get(".interp"), interp.length() + 1);
    }
    if (hasDynamic) {
      Sec d = all.stream().filter(s -> s.name().equals(".dynamic")).findFirst().orElseThrow();
      phdr(f, 2, 6, offsets.get(".dynamic"), addresses.get(".dynamic"), d.size());
    }
    for (Sec s : all) {
      byte[] data = s.content().apply(addresses.get(s.name()));
      f.put(offsets.get(s.name()).intValue(), data);
    }
    f.position((int) shoff + shentsize);
    for (Sec s : all) {
      int link = s.link() == null ? 0 : indexOf(all, s.link()) + 1;
      f.putInt(nameOffsets.get(s.name()).intValue()).putInt(s.type());
      word(f, s.alloc() ? 2 | (s.name().equals(".go.buildinfo") ? 1 : 0) : 0);
      word(f, addresses.get(s.name()));
      word(f, offsets.get(s.name()));
      word(f, s.size());
      f.putInt(link).putInt(0);
      word(f, 1);
      word(f, s.type() == 6 ? (wide ? 16 : 8) : s.type() == 2 ? (wide ? 24 : 16) : 0);
    }
    return f.array();
  }

  private static int indexOf(List<Sec> all, String name) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name);
  }

  private void phdr(ByteBuffer f, int ptype, int flags, long off, long vaddr, long size) {
    f.putInt(ptype);
    if (wide) {
      f.putInt(flags).putLong(off).putLong(vaddr).putLong(vaddr).putLong(size).putLong(size)
          .putLong(0x1000);
    } else {
      f.putInt((int) off).putInt((int) vaddr).putInt((int) vaddr).putInt((int) size)
          .putInt((int) size).putInt(flags).putInt(0x1000);
    }
  }

  private static long align(long v, long a) {
    return (v + a - 1) / a * a;
  }
}
