package dev.footprint.dockerfile;

/**
 * A here-document attached to RUN, COPY or ADD.
 *
 * @param name the terminator word, quotes removed
 * @param content the body, verbatim with its line ends (leading tabs not yet stripped for {@code <<-})
 * @param expand false when any part of the terminator was quoted: the body is not variable-expanded
 * @param chomp true for {@code <<-}: leading tabs are stripped
 * @param fileDescriptor the optional descriptor before {@code <<} (0 when absent)
 */
public record Heredoc(String name, String content, boolean expand, boolean chomp, int fileDescriptor) {
  public Heredoc withContent(String body) {
    return new Heredoc(name, body, expand, chomp, fileDescriptor);
  }
}
