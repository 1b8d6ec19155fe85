package dev.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.footprint.common.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class ExitCodeMapperTest {
  @Test
  void badInputIsTwo_missingRuntimeOrFullDiskIsThree_restIsFour() {
    assertThat(ExitCodeMapper.exitCodeOf(new InvalidInputException("x"))).isEqualTo(2);
    assertThat(ExitCodeMapper.exitCodeOf(new NoSuchFileException("/nope"))).isEqualTo(2);
    assertThat(ExitCodeMapper.exitCodeOf(new IOException("No space left on device"))).isEqualTo(3);
    assertThat(ExitCodeMapper.exitCodeOf(new UncheckedIOException(new IOException("No space left on device"))))
        .isEqualTo(3);
    assertThat(ExitCodeMapper.exitCodeOf(new IOException("There is not enough space on the disk"))).isEqualTo(3);
    assertThat(ExitCodeMapper.exitCodeOf(new IOException("Input/output error"))).isEqualTo(4);
    assertThat(ExitCodeMapper.exitCodeOf(new IllegalStateException("bug"))).isEqualTo(4);
  }
}
