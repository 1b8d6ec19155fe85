package dev.footprint.binary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The closure over this host's root equals what ldd (the real loader) resolves. */
class ClosureIT {
  private static final Pattern LDD = Pattern.compile("=> (/\\S+) \\(|^\\s*(/\\S+) \\(", Pattern.MULTILINE);

  @ParameterizedTest
  @ValueSource(strings = {"/bin/ls", "/usr/bin/openssl", "/usr/bin/ssh", "/usr/bin/curl", "/usr/bin/git"})
  void of_equalsLdd(String binary) throws Exception {
    Tools.require("ldd");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(Path.of(binary)),
        binary + " is not installed");
    Set<String> expected = new TreeSet<>();
    Matcher m = LDD.matcher(Tools.ok("ldd", binary));
    while (m.find()) {
      String p = m.group(1) != null ? m.group(1) : m.group(2);
      expected.add(Path.of(p).toRealPath().toString());
    }

    LibraryClosure closure = SharedLibraryClosure.of(RootFileSystem.ofDirectory(Path.of("/")), binary);

    Set<String> actual = new TreeSet<>();
    closure.interpreter().ifPresent(i -> actual.add(i.path()));
    closure.libraries().forEach(l -> actual.add(l.path()));
    assertThat(closure.missing()).isEmpty();
    assertThat(actual).isEqualTo(expected);
  }
}
