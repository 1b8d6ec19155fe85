package dev.footprint.analyze.internal.collect;

import java.util.List;
import java.util.Map;

/**
 * Everything the analysis kept of one layer after its single pass. Immutable.
 *
 * @param texts small files kept whole, by path (os-release, dpkg status, passwd, ld.so.conf …)
 * @param heads the first bytes of entrypoint candidates (to read a script's #! line)
 * @param fetched false for a foreign layer whose blob the source does not hold (listed, not read)
 */
public record LayerFacts(
    int index,
    List<FileRecord> records,
    Map<String, byte[]> texts,
    Map<String, byte[]> heads,
    List<SpooledBinary> binaries,
    boolean fetched) {

  public LayerFacts {
    records = List.copyOf(records);
    texts = Map.copyOf(texts);
    heads = Map.copyOf(heads);
    binaries = List.copyOf(binaries);
  }
}
