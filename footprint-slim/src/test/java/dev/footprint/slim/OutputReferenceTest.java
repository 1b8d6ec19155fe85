package dev.footprint.slim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.common.InvalidInputException;
import dev.footprint.image.ImageReference;
import dev.footprint.image.ImageReference.Transport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OutputReferenceTest {
  @Test
  void parse_splitsSelectorAfterTheNewPath() throws Exception {
    ImageReference r = OutputReference.parse("docker-archive:/tmp/out.tar:slim/app:1.0");
    assertThat(r.transport()).isEqualTo(Transport.DOCKER_ARCHIVE);
    assertThat(r.path()).isEqualTo(Path.of("/tmp/out.tar"));
    assertThat(r.selector()).hasValue("slim/app:1.0");
    assertThat(OutputReference.parse("oci:layout").selector()).isEmpty();
  }

  @Test
  void parse_infersTransportOfBarePaths() throws Exception {
    assertThat(OutputReference.parse("out.tar").transport()).isEqualTo(Transport.DOCKER_ARCHIVE);
    assertThat(OutputReference.parse("out-layout").transport()).isEqualTo(Transport.OCI);
  }

  @Test
  void parse_rejectsUnknownTransport() {
    assertThatThrownBy(() -> OutputReference.parse("docker://example/app")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> OutputReference.parse("oci:")).isInstanceOf(InvalidInputException.class);
  }
}
