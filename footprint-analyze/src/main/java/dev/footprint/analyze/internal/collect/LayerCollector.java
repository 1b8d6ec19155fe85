package dev.footprint.analyze.internal.collect;

import dev.footprint.binary.Binaries;
import dev.footprint.binary.BinaryInfo;
import dev.footprint.common.InvalidInputException;
import dev.footprint.image.EntryType;
import dev.footprint.image.LayerEntry;
import dev.footprint.image.LayerVisitor;
import dev.footprint.image.Whiteout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analysis side of one layer's single pass: receives each entry with its streaming content,
 * keeps a {@link FileRecord}, and reads content only as far as the {@link CollectPlan} asks.
 * Confined to the thread reading the layer; {@link #facts()} once the pass is over.
 */
public final class LayerCollector implements LayerVisitor {
  /** Executables bigger than this are not copied out (their facts are skipped). */
  static final long MAX_BINARY_BYTES = 512L << 20;

  private final int index;
  private final CollectPlan plan;
  private final SpoolArea spool;
  private final ContentScanner scanner = new ContentScanner();
  private final List<FileRecord> records = new ArrayList<>();
  private final Map<String, byte[]> texts = new HashMap<>();
  private final Map<String, byte[]> heads = new HashMap<>();
  private final List<SpooledBinary> binaries = new ArrayList<>();

  public LayerCollector(int index, CollectPlan plan, SpoolArea spool) {
    this.index = index;
    this.plan = plan;
    this.spool = spool;
  }

  @Override
  public void visit(LayerEntry e, InputStream content) throws IOException {
    byte[] hash = null;
    int flags = 0;
    String key = plan.paths().ruleKey(e.path());
    if (e.type() == EntryType.FILE && e.whiteout() == Whiteout.NONE && e.size() > 0 && key != null) {
      byte[] head = scanner.head(content, e.size());
      if (ContentScanner.looksLikePrivateKey(head) && plan.keyCandidate(key, e.size())) {
        flags |= FileRecord.PRIVATE_KEY;
      }
      long textLimit = plan.textLimit(key);
      boolean credential = plan.credentialCandidate(key) && e.size() <= CollectPlan.TEXT_LIMIT;
      ByteArrayOutputStream capture = textLimit > 0 || credential ? new ByteArrayOutputStream() : null;
      boolean binary = (ContentScanner.isElf(head) || (plan.paths().windows() && ContentScanner.isPe(head)))
          && e.size() <= MAX_BINARY_BYTES && plan.binaryCandidate(key, e.mode(), e.size());
      if (plan.isEntrypoint(key)) {
        heads.put(e.path(), head);
      }
      Path copy = binary && spool.reserve(e.size()) ? spool.newFile() : null;
      try (OutputStream out = copy == null ? null : Files.newOutputStream(copy)) {
        hash = scanner.rest(content, head, e.size() >= ContentScanner.HASH_MIN_BYTES, out, capture,
            Math.max(textLimit, CollectPlan.TEXT_LIMIT));
      }
      if (capture != null && textLimit > 0) {
        texts.put(key, capture.toByteArray());
      }
      if (credential && CredentialText.holdsCredential(key, capture.toString(StandardCharsets.UTF_8))) {
        flags |= FileRecord.CREDENTIAL_CONTENT;
      }
      if (copy != null) {
        readBinary(e, key, copy);
      }
    }
    // The raw name is kept only where it differs in a way findings report (memory: 1M-entry images).
    String raw = e.escapesRoot() || e.rawName().startsWith("/") ? e.rawName() : "";
    records.add(new FileRecord(e.path(), raw, e.type(), e.size(), e.mode(), e.linkTarget(), e.whiteout(),
        e.escapesRoot(), hash, flags));
  }

  private void readBinary(LayerEntry e, String key, Path copy) throws IOException {
    BinaryInfo info = null;
    try {
      info = Binaries.read(copy);
    } catch (InvalidInputException ex) {
      // magic bytes but no valid executable (truncated, an object archive): nothing to say
    }
    boolean ownC = info != null && info.go().flatMap(g -> g.setting("CGO_ENABLED")).orElse("0").equals("1")
        && CgoScan.callsOwnC(copy);
    boolean keep = info != null && plan.keepCopy(key);
    if (!keep) {
      spool.discard(copy, e.size());
    }
    if (info != null) {
      binaries.add(new SpooledBinary(e.path(), index, info, keep ? Optional.of(copy) : Optional.empty(), ownC));
    }
  }

  public LayerFacts facts() {
    return new LayerFacts(index, records, texts, heads, binaries, true);
  }
}
