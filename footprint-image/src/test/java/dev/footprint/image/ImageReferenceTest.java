package dev.footprint.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.common.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageReferenceTest {
  @TempDir Path tmp;

  @Test
  void parse_transportWithNameAndTag() throws Exception {
    Path f = Files.createFile(tmp.resolve("img.tar"));
    ImageReference r = ImageReference.parse("docker-archive:" + f + ":repo/name:1.0");
    assertThat(r.transport()).isEqualTo(ImageReference.Transport.DOCKER_ARCHIVE);
    assertThat(r.path()).isEqualTo(f);
    assertThat(r.selector()).contains("repo/name:1.0");
  }

  @Test
  void parse_ociWithTag_andWithout() throws Exception {
    Path d = Files.createDirectory(tmp.resolve("layout"));
    assertThat(ImageReference.parse("oci:" + d + ":latest").selector()).contains("latest");
    assertThat(ImageReference.parse("oci:" + d).selector()).isEmpty();
    assertThat(ImageReference.parse("oci-archive:" + d + ":v1").transport()).isEqualTo(ImageReference.Transport.OCI_ARCHIVE);
  }

  @Test
  void parse_rejectsPlainTarAndMissingPathAndRegistry() throws Exception {
    assertThatThrownBy(() -> ImageReference.parse(tmp.resolve("nope.tar").toString()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no such file");
    Path plain = tmp.resolve("fs.tar");
    Files.write(plain, TestImages.tar(TestImages.E.file("README.md", "hi")));
    assertThatThrownBy(() -> ImageReference.parse(plain.toString()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("not an image");
    assertThatThrownBy(() -> ImageReference.parse("docker://alpine")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ImageReference.parse("")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void platform_parseAndMatch() throws Exception {
    assertThat(Platform.parse("linux/arm64/v8").variant()).isEqualTo("v8");
    assertThat(Platform.parse("linux/arm64").matches(new Platform("linux", "arm64", "v8"))).isTrue();
    assertThat(Platform.parse("linux/amd64").matches(new Platform("linux", "arm64", ""))).isFalse();
    assertThatThrownBy(() -> Platform.parse("linux")).isInstanceOf(InvalidInputException.class);
  }
}
