package dev.footprint.image.internal.source;

import dev.footprint.common.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Files of an OCI layout directory. Stateless besides its root; thread-safe. */
public final class DirectoryBlobFiles implements BlobFiles {
  private final Path root;

  public DirectoryBlobFiles(Path root) {
    this.root = root;
  }

  @Override
  public String describe() {
    return root.toString();
  }

  @Override
  public Optional<FileRegion> find(String name) throws InvalidInputException, IOException {
    String n = BlobFiles.normalise(describe(), name);
    Path file = root;
    for (String part : n.split("/")) {
      file = file.resolve(part);
    }
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(new FileRegion(n, file, 0, Files.size(file)));
  }
}
