package dev.footprint.image.internal.format;

/** OCI and Docker v2 media types footprint recognises. Stateless. */
final class MediaTypes {
  private MediaTypes() {}

  static boolean isIndex(String t) {
    return t.equals("application/vnd.oci.image.index.v1+json")
        || t.equals("application/vnd.docker.distribution.manifest.list.v2+json");
  }

  static boolean isManifest(String t) {
    return t.equals("application/vnd.oci.image.manifest.v1+json")
        || t.equals("application/vnd.docker.distribution.manifest.v2+json");
  }

  static boolean isConfig(String t) {
    return t.equals("application/vnd.oci.image.config.v1+json")
        || t.equals("application/vnd.docker.container.image.v1+json");
  }
}
