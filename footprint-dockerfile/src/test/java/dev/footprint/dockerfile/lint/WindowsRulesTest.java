package dev.footprint.dockerfile.lint;

import static dev.footprint.dockerfile.lint.RuleAssert.doesNotFire;
import static dev.footprint.dockerfile.lint.RuleAssert.fires;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowsRulesTest {
  private static final String WINDOWS = "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n";

  @Test
  void fp501_backslashPathInLinuxDockerfile_fires() {
    assertThat(fires("FP501", "FROM debian:12\nCOPY src\\main.go /app/\n").message()).contains("src\\main.go");
  }

  @Test
  void fp501_forwardSlashesOrEscapeDirective_doesNotFire() {
    doesNotFire("FP501", "FROM debian:12\nCOPY src/main.go /app/\n");
    doesNotFire("FP501", "# escape=`\nFROM debian:12\nCOPY src\\main.go /app/\n");
    doesNotFire("FP501", "FROM debian:12\nRUN printf 'a\\nb'\n");
  }

  @Test
  void fp502_windowsPathsWithDefaultEscape_fire() {
    fires("FP502", WINDOWS + "COPY app.exe C:\\app\\app.exe\n");
    fires("FP502", WINDOWS + "COPY testfile.txt c:\\\nRUN dir c:\\\n");
    fires("FP502", WINDOWS + "CMD [\"c:\\app\\app.exe\"]\n");
  }

  @Test
  void fp502_backtickEscapeOrDoubledOrLinux_doesNotFire() {
    doesNotFire("FP502", "# escape=`\n" + WINDOWS + "COPY app.exe C:\\app\\app.exe\n");
    doesNotFire("FP502", WINDOWS + "CMD [\"c:\\\\app\\\\app.exe\"]\n");
    doesNotFire("FP502", "FROM debian:12\nCOPY app /app\n");
  }

  @Test
  void fp503_drivePathInLinuxImage_fires() {
    assertThat(fires("FP503", "FROM debian:12\nWORKDIR C:/app\n").message()).contains("C:/app");
    fires("FP503", "FROM debian:12\nCOPY app.exe C:\\\\app\\\\\n");
  }

  @Test
  void fp503_linuxPathsUrlsOrWindowsImage_doesNotFire() {
    doesNotFire("FP503", "FROM debian:12\nWORKDIR /app\nADD https://example.com/x.tgz /x/\n");
    doesNotFire("FP503", "# escape=`\n" + WINDOWS + "WORKDIR C:\\app\n");
  }

  @Test
  void fp504_crlfInLinuxDockerfile_fires() {
    fires("FP504", "FROM debian:12\r\nRUN true\r\n");
  }

  @Test
  void fp504_lfOrWindowsImage_doesNotFire() {
    doesNotFire("FP504", "FROM debian:12\nRUN true\n");
    doesNotFire("FP504", WINDOWS.replace("\n", "\r\n") + "RUN dir\r\n");
  }
}
