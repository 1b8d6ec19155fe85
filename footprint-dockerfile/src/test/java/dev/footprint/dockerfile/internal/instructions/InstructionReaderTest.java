package dev.footprint.dockerfile.internal.instructions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.dockerfile.Dockerfiles;
import dev.footprint.dockerfile.instructions.Add;
import dev.footprint.dockerfile.instructions.Arg;
import dev.footprint.dockerfile.instructions.Cmd;
import dev.footprint.dockerfile.instructions.Copy;
import dev.footprint.dockerfile.instructions.Dockerfile;
import dev.footprint.dockerfile.instructions.Entrypoint;
import dev.footprint.dockerfile.instructions.Env;
import dev.footprint.dockerfile.instructions.Expose;
import dev.footprint.dockerfile.instructions.Healthcheck;
import dev.footprint.dockerfile.instructions.Instruction;
import dev.footprint.dockerfile.instructions.Label;
import dev.footprint.dockerfile.instructions.Maintainer;
import dev.footprint.dockerfile.instructions.Onbuild;
import dev.footprint.dockerfile.instructions.Run;
import dev.footprint.dockerfile.instructions.Shell;
import dev.footprint.dockerfile.instructions.StopSignal;
import dev.footprint.dockerfile.instructions.User;
import dev.footprint.dockerfile.instructions.Volume;
import dev.footprint.dockerfile.instructions.Workdir;
import org.junit.jupiter.api.Test;

class InstructionReaderTest {
  private static Dockerfile read(String text) throws Exception {
    return Dockerfiles.model("Dockerfile", Dockerfiles.parse("Dockerfile", text));
  }

  @Test
  void everyKeyword_getsItsRecord() throws Exception {
    Dockerfile df = read("""
        FROM alpine:3.20
        RUN --mount=type=cache,target=/var/cache/apk/ apk add curl
        COPY --from=x a /b
        ADD https://example.com/f /f
        CMD ["sh"]
        ENTRYPOINT exec sh
        ENV A=1
        LABEL org.opencontainers.image.title=x
        ARG B=2
        WORKDIR /w
        USER app
        SHELL ["/bin/sh", "-c"]
        ONBUILD RUN true
        EXPOSE 8080
        VOLUME /data
        HEALTHCHECK CMD true
        STOPSIGNAL SIGTERM
        MAINTAINER me
        """);
    assertThat(df.finalStage().instructions()).extracting(i -> (Class) i.getClass()).containsExactly(
        Run.class, Copy.class, Add.class, Cmd.class, Entrypoint.class, Env.class, Label.class, Arg.class,
        Workdir.class, User.class, Shell.class, Onbuild.class, Expose.class, Volume.class, Healthcheck.class,
        StopSignal.class, Maintainer.class);
    Run run = (Run) df.finalStage().instructions().get(0);
    assertThat(run.mounts()).containsExactly(new Instruction.Mount("cache", "/var/cache/apk", "type=cache,target=/var/cache/apk/"));
    assertThat(run.cacheMounted("/var/cache/apk")).isTrue();
    assertThat(((Entrypoint) df.finalStage().instructions().get(4)).shellForm()).isTrue();
    assertThat(((Copy) df.finalStage().instructions().get(1)).from()).isEqualTo("x");
    assertThat(((Add) df.finalStage().instructions().get(2)).add()).isTrue();
  }

  @Test
  void env_referencesSeeValuesFromBeforeTheLine_andArgDefaultsExpand() throws Exception {
    Dockerfile df = read("""
        ARG TAG=3.20
        FROM alpine:${TAG}
        ARG TAG
        ENV abc=hello
        ENV abc=bye def=$abc
        ENV ghi=$abc tag=$TAG
        WORKDIR /srv/${def}
        """);
    assertThat(df.finalStage().from().image()).isEqualTo("alpine:3.20");
    Env second = (Env) df.finalStage().instructions().get(2);
    assertThat(second.pairs()).containsExactly(new Instruction.KeyValue("abc", "bye"), new Instruction.KeyValue("def", "hello"));
    Env third = (Env) df.finalStage().instructions().get(3);
    assertThat(third.pairs()).containsExactly(new Instruction.KeyValue("ghi", "bye"), new Instruction.KeyValue("tag", "3.20"));
    assertThat(((Workdir) df.finalStage().instructions().get(4)).path()).isEqualTo("/srv/hello");
  }

  @Test
  void instructionBeforeFrom_orFromWithoutImage_areErrorsWithLines() {
    assertThatThrownBy(() -> read("RUN true\nFROM a\n")).hasMessage("Dockerfile:1: no build stage in current context: RUN before FROM");
    assertThatThrownBy(() -> read("FROM a b\n")).hasMessageContaining("Dockerfile:1: FROM requires either one or three arguments");
  }
}
