package dev.footprint.dockerfile.lint;

import static dev.footprint.dockerfile.lint.RuleAssert.doesNotFire;
import static dev.footprint.dockerfile.lint.RuleAssert.fires;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildRulesTest {
  private static final String MULTI_SCRATCH = """
      FROM golang:1.22 AS build
      WORKDIR /src
      COPY go.mod go.sum ./
      RUN go mod download
      COPY . .
      RUN %s
      FROM scratch
      COPY --from=build /out/app /app
      ENTRYPOINT ["/app"]
      """;

  @Test
  void fp101_singleStageGoBuild_fires() {
    Finding f = fires("FP101", "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\nCMD [\"/app\"]\n");
    assertThat(f.line()).isEqualTo(4);
    assertThat(f.message()).contains("go build").contains("golang:1.22");
  }

  @Test
  void fp101_mavenAndMakeInFinalStage_fire() {
    fires("FP101", "FROM maven:3.9-eclipse-temurin-21\nCOPY . .\nRUN mvn -B package\n");
    fires("FP101", "FROM debian:12\nCOPY . .\nRUN make && make install\n");
    fires("FP101", "FROM node:20\nCOPY . .\nRUN npm ci && npm run build\n");
  }

  @Test
  void fp101_buildInEarlierStage_doesNotFire() {
    doesNotFire("FP101", MULTI_SCRATCH.formatted("CGO_ENABLED=0 go build -o /out/app ."));
  }

  @Test
  void fp102_cgoDefaultOntoScratch_fires() {
    Finding f = fires("FP102", MULTI_SCRATCH.formatted("go build -o /out/app ."));
    assertThat(f.line()).isEqualTo(6);
  }

  @Test
  void fp102_cgoDisabledInlineOrEnvOrExport_doesNotFire() {
    doesNotFire("FP102", MULTI_SCRATCH.formatted("CGO_ENABLED=0 go build -o /out/app ."));
    doesNotFire("FP102", MULTI_SCRATCH.formatted("export CGO_ENABLED=0 && go build -o /out/app ."));
    doesNotFire("FP102", """
        FROM golang:1.22 AS build
        ENV CGO_ENABLED=0
        RUN go build -o /out/app .
        FROM gcr.io/distroless/static-debian12
        COPY --from=build /out/app /app
        """);
  }

  @Test
  void fp102_finalDebian_doesNotFire() {
    doesNotFire("FP102", "FROM golang:1.22 AS b\nRUN go build -o /app .\nFROM debian:12\nCOPY --from=b /app /app\n");
  }

  @Test
  void fp103_noLdflags_fires_andStripped_doesNot() {
    fires("FP103", MULTI_SCRATCH.formatted("CGO_ENABLED=0 go build -o /out/app ."));
    fires("FP103", MULTI_SCRATCH.formatted("CGO_ENABLED=0 go build -ldflags=\"-X main.v=1\" -o /out/app ."));
    doesNotFire("FP103", MULTI_SCRATCH.formatted("CGO_ENABLED=0 go build -ldflags=\"-s -w\" -o /out/app ."));
    doesNotFire("FP103", MULTI_SCRATCH.formatted("CGO_ENABLED=0 go build -ldflags '-w -s -X main.v=1' -o /out/app ."));
  }

  @Test
  void fp104_noTrimpath_fires_andTrimpathOrGoflags_doesNot() {
    fires("FP104", MULTI_SCRATCH.formatted("CGO_ENABLED=0 go build -o /out/app ."));
    doesNotFire("FP104", MULTI_SCRATCH.formatted("CGO_ENABLED=0 go build -trimpath -o /out/app ."));
    doesNotFire("FP104", MULTI_SCRATCH.formatted("GOFLAGS=-trimpath CGO_ENABLED=0 go build -o /out/app ."));
  }

  @Test
  void fp105_staticBinaryOnDebian_fires() {
    Finding f = fires("FP105", """
        FROM golang:1.22 AS build
        RUN CGO_ENABLED=0 go build -o /out/app .
        FROM debian:12
        COPY --from=build /out/app /app
        ENTRYPOINT ["/app"]
        """);
    assertThat(f.line()).isEqualTo(3);
    assertThat(f.message()).contains("debian:12");
  }

  @Test
  void fp105_scratchOrCgoBinaryOrRuntimePackages_doNotFire() {
    doesNotFire("FP105", MULTI_SCRATCH.formatted("CGO_ENABLED=0 go build -o /out/app ."));
    doesNotFire("FP105", "FROM golang:1.22 AS b\nRUN go build -o /app .\nFROM debian:12\nCOPY --from=b /app /app\n");
    doesNotFire("FP105", """
        FROM golang:1.22 AS b
        RUN CGO_ENABLED=0 go build -o /app .
        FROM debian:12
        RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
        COPY --from=b /app /app
        """);
  }

  @Test
  void fp106_glibcCgoBinaryIntoAlpine_fires() {
    Finding f = fires("FP106", "FROM golang:1.22 AS b\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=b /app /app\n");
    assertThat(f.line()).isEqualTo(4);
    fires("FP106", "FROM gcc:14 AS b\nRUN gcc -o /hello hello.c\nFROM alpine:3.20\nCOPY --from=b /hello /hello\n");
  }

  @Test
  void fp106_staticOrAlpineBuilder_doesNotFire() {
    doesNotFire("FP106", "FROM golang:1.22 AS b\nRUN CGO_ENABLED=0 go build -o /app .\nFROM alpine:3.20\nCOPY --from=b /app /app\n");
    doesNotFire("FP106", "FROM golang:1.22-alpine AS b\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=b /app /app\n");
    doesNotFire("FP106", "FROM gcc:14 AS b\nRUN gcc -static -o /hello hello.c\nFROM alpine:3.20\nCOPY --from=b /hello /hello\n");
  }
}
