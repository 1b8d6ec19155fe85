package dev.footprint.analyze.internal.minimal;

import dev.footprint.analyze.internal.collect.FileRecord;
import dev.footprint.analyze.internal.collect.LayerFacts;
import dev.footprint.analyze.internal.collect.MergedView;
import dev.footprint.analyze.internal.collect.SpooledBinary;
import dev.footprint.binary.RootFileSystem;
import dev.footprint.image.EntryType;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The image's merged file system as the library-closure walker sees it. File content is available
 * only for what the single pass kept: copies of libraries, loaders and the entrypoint, and the
 * small text files (ld.so.conf …); other files exist but cannot be opened. Not thread-safe.
 */
public final class MergedRoot implements RootFileSystem {
  private final MergedView view;
  private final List<LayerFacts> layers;
  private final Map<String, SpooledBinary> copies = new HashMap<>();

  public MergedRoot(MergedView view, List<LayerFacts> layers) {
    this.view = view;
    this.layers = layers;
    for (LayerFacts l : layers) {
      for (SpooledBinary b : l.binaries()) {
        if (b.copy().isPresent()) {
          copies.put(l.index() + ":" + b.path(), b);
        }
      }
    }
  }

  private static String key(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }

  /** The node at {@code path}, following a hardlink to the entry it names. */
  private Optional<MergedView.Node> file(String path) {
    Optional<MergedView.Node> n = view.get(key(path));
    if (n.isPresent() && n.get().record().type() == EntryType.HARDLINK) {
      return view.get(n.get().record().linkTarget());
    }
    return n.filter(x -> x.record().type() == EntryType.FILE);
  }

  @Override
  public Optional<SeekableByteChannel> open(String path) throws IOException {
    Optional<MergedView.Node> n = file(path);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    FileRecord r = n.get().record();
    SpooledBinary b = copies.get(n.get().layer() + ":" + r.path());
    if (b != null) {
      return Optional.of(Files.newByteChannel(b.copy().get()));
    }
    byte[] text = layers.get(n.get().layer()).texts().get(r.path());
    if (text != null) {
      return Optional.of(new SeekableInMemoryByteChannel(text));
    }
    return Optional.empty();
  }

  @Override
  public boolean exists(String path) {
    return view.exists(key(path));
  }

  @Override
  public Optional<String> readlink(String path) {
    return view.get(key(path)).filter(n -> n.record().type() == EntryType.SYMLINK).map(n -> n.record().linkTarget());
  }

  @Override
  public List<String> list(String path) {
    return view.children(key(path));
  }

  /** Size of the regular file (or hardlinked file) at {@code path}; 0 for links and missing paths. */
  public long size(String path) {
    return file(path).map(n -> n.record().size()).orElse(0L);
  }

  /** The surviving executable at {@code path} whose facts the pass read, if any. */
  public Optional<SpooledBinary> binary(String path) {
    Optional<MergedView.Node> n = file(path);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    String p = n.get().record().path();
    return layers.get(n.get().layer()).binaries().stream().filter(b -> b.path().equals(p)).findFirst();
  }
}
