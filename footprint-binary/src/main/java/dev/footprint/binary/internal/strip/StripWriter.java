package dev.footprint.binary.internal.strip;

import dev.footprint.binary.internal.elf.ElfFile;
import dev.footprint.binary.internal.elf.ElfHeader;
import dev.footprint.binary.internal.elf.ElfSectionHeader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Streams the stripped file: header (patched), the fixed prefix, packed sections, new table. */
final class StripWriter {
  private final ElfFile elf;
  private final StripLayout layout;

  StripWriter(ElfFile elf, StripLayout layout) {
    this.elf = elf;
    this.layout = layout;
  }

  /** sh_info holds a section index for relocation sections and when SHF_INFO_LINK is set. */
  static boolean infoIsIndex(ElfSectionHeader s) {
    return s.info() != 0
        && (s.type() == ElfSectionHeader.SHT_REL || s.type() == ElfSectionHeader.SHT_RELA
            || (s.flags() & ElfSectionHeader.SHF_INFO_LINK) != 0);
  }

  void write(SeekableByteChannel in, OutputStream outStream) throws IOException {
    ElfHeader h = elf.header();
    WritableByteChannel out = Channels.newChannel(outStream);
    ByteBuffer header = ByteBuffer.allocate(h.size()).order(h.order());
    in.position(0);
    readFully(in, header);
    int w = h.wide() ? 8 : 4;
    if (h.wide()) {
      header.putLong(24 + 2 * w, layout.sectionTableOffset());
    } else {
      header.putInt(24 + 2 * w, (int) layout.sectionTableOffset());
    }
    int at = 24 + 3 * w;
    Map<Integer, Integer> index = newIndexes();
    header.putShort(at + 12, (short) layout.kept().size());
    header.putShort(at + 14, (short) (int) index.get(h.shstrndx()));
    header.flip();
    writeFully(out, header);
    long pos = h.size();
    copy(in, out, pos, layout.fixedEnd() - pos);
    pos = layout.fixedEnd();
    List<ElfSectionHeader> movable = new ArrayList<>();
    for (ElfSectionHeader s : layout.kept()) {
      if (layout.newOffset().containsKey(s.index())) {
        movable.add(s);
      }
    }
    movable.sort((a, b) -> Long.compare(layout.newOffset().get(a.index()), layout.newOffset().get(b.index())));
    for (ElfSectionHeader s : movable) {
      long target = layout.newOffset().get(s.index());
      pos = pad(out, pos, target);
      if (s.index() == h.shstrndx()) {
        writeFully(out, ByteBuffer.wrap(layout.names()));
        pos += layout.names().length;
      } else {
        copy(in, out, s.offset(), s.fileSize());
        pos += s.fileSize();
      }
    }
    pad(out, pos, layout.sectionTableOffset());
    writeFully(out, sectionTable(index).flip());
  }

  private Map<Integer, Integer> newIndexes() {
    Map<Integer, Integer> index = new HashMap<>();
    for (int i = 0; i < layout.kept().size(); i++) {
      index.put(layout.kept().get(i).index(), i);
    }
    return index;
  }

  private ByteBuffer sectionTable(Map<Integer, Integer> index) {
    ElfHeader h = elf.header();
    ByteBuffer t = ByteBuffer.allocate(layout.kept().size() * h.shentsize()).order(h.order());
    for (int i = 0; i < layout.kept().size(); i++) {
      ElfSectionHeader s = layout.kept().get(i);
      int p = i * h.shentsize();
      long offset = layout.newOffset().getOrDefault(s.index(), s.offset());
      long size = s.index() == h.shstrndx() ? layout.names().length : s.size();
      int link = s.link() == 0 ? 0 : index.getOrDefault(s.link(), 0);
      int info = infoIsIndex(s) ? index.getOrDefault(s.info(), 0) : s.info();
      t.putInt(p, (int) (long) layout.newNameOffset().get(s.index()));
      t.putInt(p + 4, (int) s.type());
      if (h.wide()) {
        t.putLong(p + 8, s.flags()).putLong(p + 16, s.addr()).putLong(p + 24, offset)
            .putLong(p + 32, size).putInt(p + 40, link).putInt(p + 44, info)
            .putLong(p + 48, s.addralign()).putLong(p + 56, s.entsize());
      } else {
        t.putInt(p + 8, (int) s.flags()).putInt(p + 12, (int) s.addr()).putInt(p + 16, (int) offset)
            .putInt(p + 20, (int) size).putInt(p + 24, link).putInt(p + 28, info)
            .putInt(p + 32, (int) s.addralign()).putInt(p + 36, (int) s.entsize());
      }
    }
    return t.position(t.limit());
  }

  private static long pad(WritableByteChannel out, long pos, long target) throws IOException {
    if (target > pos) {
      writeFully(out, ByteBuffer.allocate((int) (target - pos)));
    }
    return Math.max(pos, target);
  }

  private static void copy(SeekableByteChannel in, WritableByteChannel out, long from, long length)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    in.position(from);
    long left = length;
    while (left > 0) {
      buffer.clear().limit((int) Math.min(buffer.capacity(), left));
      int n = in.read(buffer);
      if (n < 0) {
        throw new IOException("input shrank while stripping");
      }
      buffer.flip();
      writeFully(out, buffer);
      left -= n;
    }
  }

  private static void readFully(SeekableByteChannel in, ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      if (in.read(b) < 0) {
        throw new IOException("input shrank while stripping");
      }
    }
  }

  private static void writeFully(WritableByteChannel out, ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      out.write(b);
    }
  }
}
