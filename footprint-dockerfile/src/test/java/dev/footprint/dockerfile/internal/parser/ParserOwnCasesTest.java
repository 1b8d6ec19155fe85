package dev.footprint.dockerfile.internal.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.dockerfile.DockerfileSyntaxException;
import dev.footprint.dockerfile.Dockerfiles;
import dev.footprint.dockerfile.Heredoc;
import dev.footprint.dockerfile.Node;
import dev.footprint.dockerfile.ParsedDockerfile;
import org.junit.jupiter.api.Test;

/** Cases the BuildKit corpus does not cover: heredocs, lower case, CRLF, BOM, directives. */
class ParserOwnCasesTest {
  private static ParsedDockerfile parse(String text) throws DockerfileSyntaxException {
    return Dockerfiles.parse("Dockerfile", text);
  }

  @Test
  void heredoc_bodyLinesAndRangeRecorded() throws Exception {
    ParsedDockerfile p = parse("FROM alpine\nRUN <<EOF\napk add curl\n# kept\nEOF\nCMD [\"sh\"]\n");
    Node run = p.nodes().get(1);
    assertThat(run.heredocs()).containsExactly(new Heredoc("EOF", "apk add curl\n# kept\n", true, false, 0));
    assertThat(run.startLine()).isEqualTo(2);
    assertThat(run.endLine()).isEqualTo(5);
    assertThat(p.nodes().get(2).startLine()).isEqualTo(6);
    assertThat(Dockerfiles.dump(p)).isEqualTo("(from \"alpine\")\n(run \"<<EOF\")\n(cmd \"sh\")\n");
  }

  @Test
  void heredoc_chompQuotedAndSeveral() throws Exception {
    ParsedDockerfile p = parse("FROM alpine\nCOPY <<-'A' 3<<\"B\" /dest/\n\tone $X\n\tA\ntwo\nB\n");
    Node copy = p.nodes().get(1);
    assertThat(copy.heredocs()).extracting(Heredoc::name).containsExactly("A", "B");
    assertThat(copy.heredocs().get(0).chomp()).isTrue();
    assertThat(copy.heredocs().get(0).expand()).isFalse();
    assertThat(copy.heredocs().get(0).content()).isEqualTo("\tone $X\n");
    assertThat(copy.heredocs().get(1).fileDescriptor()).isEqualTo(3);
    assertThat(copy.endLine()).isEqualTo(6);
  }

  @Test
  void heredoc_notInJsonFormQuotedOrOtherInstructions() throws Exception {
    assertThat(parse("FROM a\nRUN \"<<NOHEREDOC\"\n").nodes().get(1).heredocs()).isEmpty();
    assertThat(parse("FROM a\nUSER <<X\n").nodes().get(1).heredocs()).isEmpty();
    assertThat(parse("FROM a\nRUN [\"sh\", \"<<EOF\"]\n").nodes().get(1).heredocs()).isEmpty();
    assertThat(parse("FROM a\nONBUILD RUN <<EOF\necho\nEOF\n").nodes().get(1).heredocs()).hasSize(1);
  }

  @Test
  void heredoc_unterminated_isError() {
    assertThatThrownBy(() -> parse("FROM alpine\nRUN <<EOF\necho hi\n"))
        .isInstanceOf(DockerfileSyntaxException.class).hasMessageContaining("unterminated heredoc");
  }

  @Test
  void lowercaseAndMixedCaseInstructions() throws Exception {
    ParsedDockerfile p = parse("from alpine as Build\nRun echo hi\ncopy --from=build /a /b\n");
    assertThat(Dockerfiles.dump(p)).isEqualTo("(from \"alpine\" \"as\" \"Build\")\n(run \"echo hi\")\n(copy [\"--from=build\"] \"/a\" \"/b\")\n");
    assertThat(p.nodes().get(1).keyword()).isEqualTo("Run");
    assertThat(Dockerfiles.model("D", p).stages().get(0).name()).isEqualTo("build");
  }

  @Test
  void crlf_sameTreeAsLf_andFlagged() throws Exception {
    String lf = "FROM alpine\nRUN echo a \\\n  b\nENV A=1\n";
    ParsedDockerfile crlf = parse(lf.replace("\n", "\r\n"));
    assertThat(Dockerfiles.dump(crlf)).isEqualTo(Dockerfiles.dump(parse(lf)));
    assertThat(crlf.crlf()).isTrue();
    assertThat(crlf.nodes().get(1).endLine()).isEqualTo(3);
  }

  @Test
  void bom_strippedFromFirstLine_soDirectivesStillWork() throws Exception {
    ParsedDockerfile p = parse("\uFEFF# escape=`\nFROM alpine\nRUN echo a `\n  b\n");
    assertThat(p.escape()).isEqualTo('`');
    assertThat(Dockerfiles.dump(p)).isEqualTo("(from \"alpine\")\n(run \"echo a   b\")\n");
  }

  @Test
  void directives_duplicateOrBadEscapeAreErrors_laterOnesAreComments() throws Exception {
    assertThatThrownBy(() -> parse("# escape=`\n# escape=\\\nFROM a\n")).hasMessageContaining("only one escape");
    assertThatThrownBy(() -> parse("# escape=x\nFROM a\n")).hasMessageContaining("invalid escape token");
    ParsedDockerfile p = parse("# syntax=docker/dockerfile:1\n# check=skip=all\nFROM a\n# escape=`\nRUN x\n");
    assertThat(p.directives()).containsKeys("syntax", "check").doesNotContainKey("escape");
    assertThat(p.escape()).isEqualTo('\\');
  }

  @Test
  void flagsForMountNetworkPlatformAndLink() throws Exception {
    ParsedDockerfile p = parse("FROM --platform=$BUILDPLATFORM golang:1.22 AS b\n"
        + "RUN --mount=type=cache,target=/root/.cache/go-build --network=none go build .\n"
        + "COPY --link --chown=1:1 --chmod=755 --from=b /a /b\n");
    assertThat(p.nodes().get(0).flags()).containsExactly("--platform=$BUILDPLATFORM");
    assertThat(p.nodes().get(1).flags()).containsExactly("--mount=type=cache,target=/root/.cache/go-build", "--network=none");
    assertThat(p.nodes().get(2).flags()).containsExactly("--link", "--chown=1:1", "--chmod=755", "--from=b");
  }

  @Test
  void stageGraph_namesBaseStagesAndCopyFrom() throws Exception {
    var model = Dockerfiles.model("D", parse(
        "ARG GO=1.22\nFROM golang:${GO} AS build\nFROM build AS test\nFROM scratch\nCOPY --from=build /a /a\nCOPY --from=0 /b /b\n"));
    assertThat(model.stages()).hasSize(3);
    assertThat(model.stages().get(0).from().image()).isEqualTo("golang:1.22");
    assertThat(model.stages().get(1).base()).isSameAs(model.stages().get(0));
    assertThat(model.copiedFrom(model.finalStage())).containsExactly(model.stages().get(0));
    assertThat(model.shipped()).containsExactly(model.finalStage());
  }

  @Test
  void unknownInstruction_parsesButModelRejects() throws Exception {
    ParsedDockerfile p = parse("FROM a\nFOO bar\n");
    assertThat(Dockerfiles.dump(p)).isEqualTo("(from \"a\")\n(foo \"\")\n");
    assertThatThrownBy(() -> Dockerfiles.model("D", p)).hasMessageContaining("D:2: unknown instruction: FOO");
  }
}
