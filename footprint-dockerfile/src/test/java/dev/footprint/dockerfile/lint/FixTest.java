package dev.footprint.dockerfile.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.footprint.dockerfile.Dockerfiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --fix: each mechanical rewrite, idempotence, and that stages survive. */
class FixTest {
  private final Linter linter = new Linter(LintConfig.DEFAULT);

  private String fix(String text) throws Exception {
    FixResult r = linter.fix("Dockerfile", text, null);
    assertThat(StageShape.of(Dockerfiles.model("f", Dockerfiles.parse("f", r.fixed()))))
        .isEqualTo(StageShape.of(Dockerfiles.model("f", Dockerfiles.parse("f", text))));
    FixResult again = linter.fix("Dockerfile", r.fixed(), null);
    assertThat(again.fixed()).as("fix is idempotent").isEqualTo(r.fixed());
    return r.fixed();
  }

  private List<String> remaining(String text) throws Exception {
    return linter.lint("Dockerfile", text, null).findings().stream().map(Finding::rule).toList();
  }

  @Test
  void fix_apkAndAptAndPip_insertFlags() throws Exception {
    assertThat(fix("FROM alpine:3.20\nRUN apk add curl && apk add --no-cache git\n"))
        .isEqualTo("FROM alpine:3.20\nRUN apk add --no-cache curl && apk add --no-cache git\n");
    assertThat(fix("FROM python:3.12\nRUN pip install -r requirements.txt\n"))
        .isEqualTo("FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt\n");
    String apt = fix("FROM debian:12\nRUN apt-get update && apt-get install -y curl\n");
    assertThat(apt).isEqualTo("FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y curl \\\n"
        + "    && rm -rf /var/lib/apt/lists/*\n");
    assertThat(remaining(apt)).doesNotContain("FP202", "FP203");
  }

  @Test
  void fix_updateAlone_mergedIntoInstallWithCleanup() throws Exception {
    String fixed = fix("FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\nCMD [\"curl\"]\n");
    assertThat(fixed).isEqualTo("FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y curl \\\n"
        + "    && rm -rf /var/lib/apt/lists/*\nCMD [\"curl\"]\n");
    assertThat(remaining(fixed)).doesNotContain("FP202", "FP203", "FP204", "FP301");
  }

  @Test
  void fix_updateAlone_mergedOnceBeforeTheFirstInstall() throws Exception {
    String fixed = fix("FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends a && apt-get install -y --no-install-recommends b && rm -rf /var/lib/apt/lists/*\nUSER 1\n");
    assertThat(fixed).isEqualTo("FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends a && apt-get install -y --no-install-recommends b && rm -rf /var/lib/apt/lists/*\nUSER 1\n");
  }

  @Test
  void fix_shellFormCmd_becomesExecForm_unlessShellNeeded() throws Exception {
    assertThat(fix("FROM debian:12\nCMD /app/server --port 8080\n"))
        .isEqualTo("FROM debian:12\nCMD [\"/app/server\", \"--port\", \"8080\"]\n");
    assertThat(fix("FROM debian:12\nentrypoint java -jar '/app/my app.jar'\n"))
        .isEqualTo("FROM debian:12\nentrypoint [\"java\", \"-jar\", \"/app/my app.jar\"]\n");
    String needsShell = "FROM debian:12\nCMD /app/server --port $PORT\n";
    assertThat(fix(needsShell)).isEqualTo(needsShell);
  }

  @Test
  void fix_goBuild_getsFlagsAndCgoOnlyWhereSafe() throws Exception {
    String text = "FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n";
    assertThat(fix(text)).contains("RUN CGO_ENABLED=0 go build -trimpath -ldflags=\"-s -w\" -o /out/app .\n");
    assertThat(remaining(fix(text))).doesNotContain("FP102", "FP103", "FP104");
    String debian = "FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM debian:12\nCOPY --from=build /out/app /app\n";
    assertThat(fix(debian)).contains("RUN go build -trimpath -ldflags=\"-s -w\" -o /out/app .").doesNotContain("CGO_ENABLED");
    String custom = "FROM golang:1.22 AS b\nRUN go build -ldflags=\"-X main.v=1\" -o /app .\nFROM debian:12\nCOPY --from=b /app /app\n";
    assertThat(fix(custom)).contains("-ldflags=\"-X main.v=1\"").doesNotContain("-s -w");
  }

  @Test
  void fix_addLocal_becomesCopy_andCrlfBecomesLf() throws Exception {
    assertThat(fix("FROM debian:12\nADD app.jar /opt/\n")).isEqualTo("FROM debian:12\nCOPY app.jar /opt/\n");
    assertThat(fix("FROM debian:12\r\nADD app.jar /opt/\r\n")).isEqualTo("FROM debian:12\nCOPY app.jar /opt/\n");
  }

  @Test
  void fix_continuationLinesAndCommentsPreserved() throws Exception {
    String text = "FROM alpine:3.20\n# tools\nRUN apk update \\\n  # index\n  && apk add \\\n     curl\n";
    assertThat(fix(text)).isEqualTo("FROM alpine:3.20\n# tools\nRUN apk update \\\n  # index\n  && apk add --no-cache \\\n     curl\n");
  }

  @Test
  void diff_isUnified() throws Exception {
    FixResult r = linter.fix("Dockerfile", "FROM alpine:3.20\nRUN apk add curl\nUSER 1000\n", null);
    assertThat(Linter.diff(r)).isEqualTo("--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,3 +1,3 @@\n FROM alpine:3.20\n"
        + "-RUN apk add curl\n+RUN apk add --no-cache curl\n USER 1000\n");
  }

  @Test
  void fix_nothingToFix_unchanged() throws Exception {
    FixResult r = linter.fix("Dockerfile", "FROM alpine:3.20\nUSER 1000\n", null);
    assertThat(r.changed()).isFalse();
    assertThat(Linter.diff(r)).isEmpty();
  }
}
