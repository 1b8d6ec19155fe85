package dev.footprint.report.lint;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.dockerfile.Heredoc;
import dev.footprint.dockerfile.Node;
import dev.footprint.dockerfile.ParseWarning;
import dev.footprint.dockerfile.ParsedDockerfile;
import dev.footprint.report.Json;
import java.util.List;

/** {@code lint --parse-only --format json}: the neutral syntax tree of each file. */
public final class ParseJsonRenderer {
  private ParseJsonRenderer() {}

  public static String render(List<String> names, List<ParsedDockerfile> files) {
    ObjectNode root = Json.document();
    ArrayNode out = root.putArray("files");
    for (int i = 0; i < files.size(); i++) {
      ParsedDockerfile p = files.get(i);
      ObjectNode f = out.addObject();
      f.put("file", names.get(i));
      f.put("escape", String.valueOf(p.escape()));
      ObjectNode directives = f.putObject("directives");
      p.directives().forEach(directives::put);
      ArrayNode nodes = f.putArray("instructions");
      p.nodes().forEach(n -> node(nodes.addObject(), n));
      ArrayNode warnings = f.putArray("warnings");
      for (ParseWarning w : p.warnings()) {
        warnings.addObject().put("line", w.line()).put("message", w.message());
      }
    }
    return Json.render(root);
  }

  private static void node(ObjectNode o, Node n) {
    o.put("instruction", n.command());
    o.put("startLine", n.startLine());
    o.put("endLine", n.endLine());
    ArrayNode flags = o.putArray("flags");
    n.flags().forEach(flags::add);
    ArrayNode args = o.putArray("args");
    n.args().forEach(args::add);
    o.put("json", n.json());
    if (n.sub() != null) {
      node(o.putObject("sub"), n.sub());
    }
    if (!n.heredocs().isEmpty()) {
      ArrayNode docs = o.putArray("heredocs");
      for (Heredoc h : n.heredocs()) {
        docs.addObject().put("name", h.name()).put("expand", h.expand()).put("chomp", h.chomp()).put("content", h.content());
      }
    }
  }
}
