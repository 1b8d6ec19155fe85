package dev.footprint.report.binary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.binary.BinaryInfo;
import dev.footprint.binary.BuildAdvice;
import dev.footprint.binary.GoBuildInfo;
import dev.footprint.binary.GoModule;
import dev.footprint.binary.GoSetting;
import dev.footprint.binary.Section;
import dev.footprint.binary.Segment;
import dev.footprint.report.Json;
import java.util.List;

/** The JSON document of {@code footprint binary --format json}; fields in docs/binary.md. */
public final class BinaryJson {
  private BinaryJson() {}

  public static String render(List<BinaryInfo> binaries) {
    ObjectNode root = Json.document();
    ArrayNode array = root.putArray("binaries");
    for (BinaryInfo info : binaries) {
      array.add(node(info));
    }
    return Json.render(root);
  }

  public static ObjectNode node(BinaryInfo info) {
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("file", info.name());
    n.put("size", info.fileSize());
    n.put("format", info.format().id());
    n.put("type", info.type());
    n.put("arch", info.arch());
    n.put("bits", info.bits());
    n.put("byteOrder", info.bigEndian() ? "big" : "little");
    n.put("linkage", info.linkage().id());
    n.put("interpreter", info.interpreter().orElse(null));
    strings(n.putArray("needed"), info.needed());
    strings(n.putArray("rpath"), info.rpath());
    strings(n.putArray("runpath"), info.runpath());
    n.put("soname", info.soname().orElse(null));
    n.put("libc", info.libc().id());
    n.put("stripped", info.stripped());
    n.put("debugBytes", info.debugBytes());
    n.put("symbolBytes", info.symbolBytes());
    n.put("strippableBytes", info.strippableBytes());
    n.put("buildId", info.buildId().orElse(null));
    if (info.go().isPresent()) {
      n.set("go", go(info.go().get()));
    } else {
      n.putNull("go");
    }
    n.put("verdict", BinaryVerdict.of(info));
    strings(n.putArray("buildFlags"), BuildAdvice.flags(info));
    strings(n.putArray("advice"), BuildAdvice.advice(info));
    ArrayNode sections = n.putArray("sections");
    for (Section s : info.sections()) {
      if (s.index() == 0 && s.name().isEmpty()) {
        continue;
      }
      ObjectNode sn = sections.addObject();
      sn.put("name", s.name());
      sn.put("type", s.type());
      sn.put("flags", s.flags());
      sn.put("size", s.size());
      sn.put("memorySize", s.memorySize());
      sn.put("offset", s.offset());
      sn.put("address", s.address());
      sn.put("allocated", s.allocated());
      sn.put("compressed", s.compressed());
      sn.put("debug", s.isDebug());
    }
    ArrayNode segments = n.putArray("segments");
    for (Segment p : info.segments()) {
      ObjectNode pn = segments.addObject();
      pn.put("type", p.typeName());
      pn.put("flags", p.flags());
      pn.put("offset", p.offset());
      pn.put("address", p.virtualAddress());
      pn.put("fileSize", p.fileSize());
      pn.put("memorySize", p.memorySize());
    }
    return n;
  }

  private static ObjectNode go(GoBuildInfo go) {
    ObjectNode g = Json.mapper().createObjectNode();
    g.put("version", go.goVersion());
    g.put("path", go.path());
    g.put("mainVersion", go.main().map(GoModule::version).orElse(null));
    g.put("mainModule", go.main().map(GoModule::path).orElse(null));
    ObjectNode settings = g.putObject("settings");
    for (GoSetting s : go.settings()) {
      settings.put(s.key(), s.value());
    }
    ArrayNode deps = g.putArray("deps");
    for (GoModule m : go.deps()) {
      ObjectNode d = module(deps.addObject(), m);
      m.replacement().ifPresent(r -> module(d.putObject("replace"), r));
    }
    return g;
  }

  private static ObjectNode module(ObjectNode n, GoModule m) {
    n.put("path", m.path());
    n.put("version", m.version());
    n.put("sum", m.sum());
    return n;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
