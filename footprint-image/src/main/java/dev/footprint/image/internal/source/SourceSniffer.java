package dev.footprint.image.internal.source;

import dev.footprint.common.InvalidInputException;
import dev.footprint.image.ImageReference.Transport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Tells which transport a bare path uses by looking at its content, never at its name. */
public final class SourceSniffer {
  private SourceSniffer() {}

  public static Transport detect(Path path) throws InvalidInputException {
    if (!Files.exists(path)) {
      throw new InvalidInputException("no such file or directory: " + path);
    }
    if (Files.isDirectory(path)) {
      if (Files.isRegularFile(path.resolve("index.json")) || Files.isRegularFile(path.resolve("oci-layout"))) {
        return Transport.OCI;
      }
      throw new InvalidInputException(path + ": a directory without index.json is not an OCI layout");
    }
    try {
      TarBlobFiles files = TarBlobFiles.index(path);
      if (files.contains("manifest.json")) {
        return Transport.DOCKER_ARCHIVE;
      }
      if (files.contains("index.json")) {
        return Transport.OCI_ARCHIVE;
      }
      throw new InvalidInputException(
          path + ": not an image: a tar without manifest.json or index.json (a plain file-system tar?)");
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("no such file: " + path, e);
    } catch (IOException e) {
      throw new InvalidInputException(path + ": cannot read (" + e.getMessage() + ")", e);
    }
  }
}
