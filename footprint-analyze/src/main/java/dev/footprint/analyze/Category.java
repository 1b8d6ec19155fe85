package dev.footprint.analyze;

/** The kind of a finding. {@link #id()} is the JSON name, a published contract. */
public enum Category {
  WASTED("wasted"),
  DUPLICATE("duplicate"),
  PACKAGE_CACHE("package-cache"),
  TOOLCHAIN("toolchain"),
  UNSTRIPPED_BINARY("unstripped-binary"),
  GO_BUILD_FLAGS("go-build-flags"),
  DOCS("docs"),
  VCS("vcs"),
  SOURCE("source"),
  SECRET("secret"),
  BASE_IMAGE("base-image"),
  LIBC_MISMATCH("libc-mismatch"),
  LAYERS("layers"),
  PATH_ESCAPE("path-escape");

  private final String id;

  Category(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
