package dev.footprint.dockerfile.lint;

import static dev.footprint.dockerfile.lint.RuleAssert.doesNotFire;
import static dev.footprint.dockerfile.lint.RuleAssert.fires;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeRulesTest {
  @TempDir Path context;

  @Test
  void fp401_latestOrUntagged_fires() {
    assertThat(fires("FP401", "FROM ubuntu\n").message()).contains("has no tag");
    assertThat(fires("FP401", "FROM ubuntu:latest\n").message()).contains(":latest");
    fires("FP401", "ARG BASE=debian\nFROM ${BASE}\n");
  }

  @Test
  void fp401_taggedDigestScratchStageOrUnresolvedArg_doesNotFire() {
    doesNotFire("FP401", "FROM ubuntu:24.04\n");
    doesNotFire("FP401", "FROM ubuntu@sha256:abcd\n");
    doesNotFire("FP401", "FROM scratch\n");
    doesNotFire("FP401", "FROM golang:1.22 AS build\nFROM build\n");
    doesNotFire("FP401", "ARG BASE\nFROM ${BASE}\n");
    doesNotFire("FP401", "FROM localhost:5000/app:1.0\n");
  }

  @Test
  void fp402_shellFormCmdAndEntrypoint_fire() {
    fires("FP402", "FROM debian:12\nCMD /app/server --port 8080\n");
    fires("FP402", "FROM debian:12\nENTRYPOINT java -jar /app.jar\n");
  }

  @Test
  void fp402_execFormOrShellSetOrBuildStage_doesNotFire() {
    doesNotFire("FP402", "FROM debian:12\nCMD [\"/app/server\"]\n");
    doesNotFire("FP402", "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nCMD /app/server\n");
    doesNotFire("FP402", "FROM debian:12 AS b\nCMD make\nFROM scratch\nCMD [\"/app\"]\n");
  }

  @Test
  void fp403_entrypointScriptWithoutExec_fires() throws Exception {
    Files.writeString(context.resolve("entrypoint.sh"), "#!/bin/sh\nset -e\n/app/server \"$@\"\n");
    Finding f = fires("FP403",
        "FROM debian:12\nCOPY entrypoint.sh /usr/local/bin/\nENTRYPOINT [\"/usr/local/bin/entrypoint.sh\"]\n", context);
    assertThat(f.line()).isEqualTo(3);
  }

  @Test
  void fp403_scriptExecsOrNoScript_doesNotFire() throws Exception {
    Files.writeString(context.resolve("entrypoint.sh"), "#!/bin/sh\nset -e\nexec /app/server \"$@\"\n");
    doesNotFire("FP403",
        "FROM debian:12\nCOPY entrypoint.sh /usr/local/bin/\nENTRYPOINT [\"/usr/local/bin/entrypoint.sh\"]\n", context);
    doesNotFire("FP403", "FROM debian:12\nCOPY app /app\nENTRYPOINT [\"/app\"]\n", context);
  }

  @Test
  void fp404_noUserOrRoot_fires() {
    assertThat(fires("FP404", "FROM debian:12\nCMD [\"/app\"]\n").line()).isEqualTo(1);
    assertThat(fires("FP404", "FROM debian:12\nUSER app\nUSER root\n").line()).isEqualTo(3);
    fires("FP404", "FROM debian:12\nUSER 0:0\n");
  }

  @Test
  void fp404_nonRootOrNonrootBase_doesNotFire() {
    doesNotFire("FP404", "FROM debian:12\nUSER 65532:65532\n");
    doesNotFire("FP404", "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\n");
    doesNotFire("FP404", "FROM debian:12 AS base\nUSER app\nFROM base\nCMD [\"/app\"]\n");
  }

  @Test
  void fp405_relativeWorkdir_fires() {
    fires("FP405", "FROM debian:12\nWORKDIR app\n");
  }

  @Test
  void fp405_absoluteOrAfterAbsoluteOrWindows_doesNotFire() {
    doesNotFire("FP405", "FROM debian:12\nWORKDIR /srv/app\n");
    doesNotFire("FP405", "FROM debian:12\nWORKDIR /srv\nWORKDIR app\n");
    doesNotFire("FP405", "FROM debian:12\nWORKDIR $HOME\n");
    doesNotFire("FP405", "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\n");
  }

  @Test
  void fp406_untrustedRegistry_firesOnlyWhenConfigured() throws Exception {
    LintConfig cfg = new LintConfig(Set.of(), Map.of(), List.of("*.gcr.io", "docker.io"));
    List<Finding> f = new Linter(cfg).lint("Dockerfile", "FROM quay.io/x/y:1\nFROM debian:12\nFROM eu.gcr.io/p/i:2\n", null)
        .findings().stream().filter(x -> x.rule().equals("FP406")).toList();
    assertThat(f).extracting(Finding::line).containsExactly(1);
    doesNotFire("FP406", "FROM quay.io/x/y:1\n");
  }
}
