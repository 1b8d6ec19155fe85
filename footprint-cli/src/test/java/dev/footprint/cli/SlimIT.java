package dev.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.footprint.binary.BinaryInfo;
import dev.footprint.binary.Binaries;
import dev.footprint.image.Image;
import dev.footprint.image.ImageOptions;
import dev.footprint.image.Images;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * slim on the buildah-built fixture images: each output is accepted by skopeo, umoci and buildah,
 * runs under runc and answers exactly as the original did.
 */
class SlimIT {
  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result footprint(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  static Path fixture(String name, String form) {
    Path p = Path.of(System.getProperty("footprint.fixtures", "")).resolve(name).resolve(form);
    boolean ci = "true".equals(System.getenv("CI"));
    if (!Files.exists(p) && ci) {
      throw new AssertionError("fixture missing on CI: " + p + " (scripts/fixtures.sh builds it)");
    }
    assumeTrue(Files.exists(p), "fixture " + p + " not built; run scripts/fixtures.sh");
    return p;
  }

  static String exec(Path cwd, String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", cmd) + " said: " + out).isZero();
    return out;
  }

  /**
   * Unpacks an OCI archive the peers' way (umoci), for runc: no terminal, and the host's network
   * as footprint run uses.
   */
  Path peerBundle(Path ociArchive, String id) throws Exception {
    Path layout = dir.resolve(id + "-layout");
    Files.createDirectories(layout);
    exec(dir, "tar", "-xf", ociArchive.toString(), "-C", layout.toString());
    Path bundle = dir.resolve(id + "-bundle");
    exec(dir, "umoci", "unpack", "--image", layout + ":latest", bundle.toString());
    ObjectMapper mapper = new ObjectMapper();
    Path config = bundle.resolve("config.json");
    com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(config.toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("process")).put("terminal", false);
    com.fasterxml.jackson.databind.node.ArrayNode namespaces = (com.fasterxml.jackson.databind.node.ArrayNode) root.at("/linux/namespaces");
    for (int i = namespaces.size() - 1; i >= 0; i--) {
      if (namespaces.get(i).get("type").asText().equals("network")) {
        namespaces.remove(i);
      }
    }
    mapper.writeValue(config.toFile(), root);
    return bundle;
  }

  /** Runs an OCI archive with umoci's own unpack and runc, and returns its output. */
  String runWithPeers(Path ociArchive, String id) throws Exception {
    Path bundle = peerBundle(ociArchive, id);
    try {
      return exec(bundle, "runc", "run", "--bundle", bundle.toString(), "fp-slim-it-" + id);
    } finally {
      new ProcessBuilder("runc", "delete", "-f", "fp-slim-it-" + id).start().waitFor();
    }
  }

  /**
   * Starts an image detached with umoci's unpack and runc, fetches {@code path} on :8080 once it
   * answers, and stops it: what a user of the original would see.
   */
  String answerWithPeers(Path ociArchive, String id, String path) throws Exception {
    Path bundle = peerBundle(ociArchive, id);
    String name = "fp-slim-it-" + id;
    Process runc = new ProcessBuilder("runc", "run", "--detach", "--bundle", bundle.toString(), name)
        .redirectOutput(dir.resolve(id + ".log").toFile()).redirectErrorStream(true).start();
    try {
      assertThat(runc.waitFor(60, TimeUnit.SECONDS)).isTrue();
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (true) {
        try {
          var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:8080" + path)).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
          return response.statusCode() + " " + response.body();
        } catch (IOException e) {
          if (System.nanoTime() > deadline) {
            throw new AssertionError(id + " never answered; log: " + Files.readString(dir.resolve(id + ".log")), e);
          }
          Thread.sleep(100);
        }
      }
    } finally {
      new ProcessBuilder("runc", "delete", "-f", name).start().waitFor();
    }
  }

  JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  static long saved(JsonNode report, String name) {
    for (JsonNode t : report.get("transformations")) {
      if (t.get("name").asText().equals(name)) {
        return t.get("bytesSaved").asLong();
      }
    }
    throw new AssertionError("no transformation " + name);
  }

  @Test
  void goSingle_safeMode_stripsAndDropsCachesAndStillServes() throws Exception {
    Path in = fixture("go-single", "docker-archive.tar");
    Path out = dir.resolve("go-single-slim.tar");
    Result r = footprint("slim", "docker-archive:" + in, "-o", "oci-archive:" + out, "--format", "json",
        "--verify-http", "http://127.0.0.1:8080/healthz");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode report = json(r.out());
    assertThat(saved(report, "strip")).isPositive();
    assertThat(saved(report, "package-cache")).isPositive();
    assertThat(report.at("/after/layerCount").asInt()).isEqualTo(1);
    assertThat(report.at("/after/sizeBytes").asLong()).isLessThan(report.at("/before/sizeBytes").asLong());
    assertThat(report.at("/output/manifestDigest").asText()).startsWith("sha256:");

    // No debug or symbol bytes left in the service binary; no Go build cache.
    Path bin = dir.resolve("hello-svc");
    List<String> paths = new ArrayList<>();
    try (Image image = Images.open("oci-archive:" + out, ImageOptions.defaults())) {
      image.layers().get(0).read((e, content) -> {
        paths.add(e.path());
        if (e.path().equals("usr/local/bin/hello-svc")) {
          Files.copy(content, bin);
        }
      });
    }
    BinaryInfo info = Binaries.read(bin);
    assertThat(info.stripped()).isTrue();
    assertThat(info.go()).isPresent();
    assertThat(paths).noneMatch(p -> p.startsWith("root/.cache/go-build/"));

    // It answers exactly as the original does.
    assertThat(answerWithPeers(out, "go-after", "/")).isEqualTo(answerWithPeers(fixture("go-single", "oci-archive.tar"), "go-before", "/"));

    // The peers accept it.
    String inspect = exec(dir, "skopeo", "inspect", "oci-archive:" + out);
    assertThat(json(inspect).get("Digest").asText()).isEqualTo(report.at("/output/manifestDigest").asText());
    exec(dir, "skopeo", "copy", "oci-archive:" + out, "oci:" + dir.resolve("copied") + ":latest");
    String ctr = exec(dir, "buildah", "--storage-driver", "vfs", "from", "--pull-never", "oci-archive:" + out).strip();
    exec(dir, "buildah", "--storage-driver", "vfs", "rm", ctr.lines().reduce((a, b) -> b).orElseThrow());
  }

  @Test
  void goSingle_minify_isWithinTenPercentOfMultiStageScratchAndServes() throws Exception {
    Path in = fixture("go-single", "oci-archive.tar");
    Path multi = fixture("go-multi", "oci-archive.tar");
    Path out = dir.resolve("min");
    Result r = footprint("slim", "oci-archive:" + in, "-o", "oci:" + out, "--minify", "--format", "json",
        "--verify-http", "http://127.0.0.1:8080/healthz");
    assertThat(r.code()).as(r.err()).isZero();
    long minified = json(r.out()).at("/after/sizeBytes").asLong();
    Result m = footprint("slim", "oci-archive:" + multi, "--dry-run", "--format", "json");
    long multiStage = json(m.out()).at("/before/sizeBytes").asLong();
    assertThat((double) minified).isLessThanOrEqualTo(1.1 * multiStage);
  }

  @Test
  void cSsl_minify_printsExactlyWhatTheOriginalPrints() throws Exception {
    Path in = fixture("c-ssl", "oci-archive.tar");
    Path out = dir.resolve("c-ssl-min.tar");
    Result r = footprint("slim", "oci-archive:" + in, "-o", "oci-archive:" + out, "--minify", "--verify");
    assertThat(r.code()).as(r.err()).isZero();
    String before = runWithPeers(in, "c-before");
    String after = runWithPeers(out, "c-after");
    assertThat(after).isEqualTo(before).contains("sha256(footprint)=");
  }

  @Test
  void goCgo_minify_keepsTheGlibcClosureAndServes() throws Exception {
    Path in = fixture("go-cgo", "oci-archive.tar");
    Path out = dir.resolve("cgo-min.tar");
    Result r = footprint("slim", "oci-archive:" + in, "-o", "oci-archive:" + out, "--minify", "--format", "json",
        "--verify-http", "http://127.0.0.1:8080/healthz");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(json(r.out()).at("/after/sizeBytes").asLong()).isLessThan(json(r.out()).at("/before/sizeBytes").asLong() / 4);
    assertThat(answerWithPeers(out, "cgo-after", "/")).isEqualTo(answerWithPeers(in, "cgo-before", "/"));
  }

  @Test
  void busybox_minifyRefusesTheScriptUntilKeepNamesItsNeeds() throws Exception {
    Path in = fixture("busybox-sh", "oci-archive.tar");
    Result refused = footprint("slim", "oci-archive:" + in, "-o", "oci:" + dir.resolve("bb"), "--minify");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("script").contains("--keep");
    assertThat(dir.resolve("bb")).doesNotExist();

    Result kept = footprint("slim", "oci-archive:" + in, "-o", "oci:" + dir.resolve("bb"), "--minify",
        "--keep", "/bin/**", "--keep", "/www/**", "--verify-http", "http://127.0.0.1:8080/");
    assertThat(kept.code()).as(kept.err()).isZero();
    Path archive = dir.resolve("bb.tar");
    assertThat(footprint("slim", "oci-archive:" + in, "-o", "oci-archive:" + archive, "--minify",
        "--keep", "/bin/**", "--keep", "/www/**").code()).isZero();
    assertThat(answerWithPeers(archive, "bb-after", "/")).isEqualTo(answerWithPeers(in, "bb-before", "/"));
  }

  @Test
  void failedVerify_writesNothingAndSaysWhy() throws Exception {
    // go-cgo has a CMD and no ENTRYPOINT, so the command replaces what the image would run.
    Path in = fixture("go-cgo", "oci-archive.tar");
    Path out = dir.resolve("never.tar");
    Result r = footprint("slim", "oci-archive:" + in, "-o", "oci-archive:" + out, "--verify", "--", "/bin/false");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("footprint: verify failed, nothing written");
    try (var list = Files.list(dir)) {
      assertThat(list).isEmpty();
    }
    // A command that needs a file the docs rule removed: the message names it.
    String changelog = "/usr/share/doc/bash/changelog.Debian.amd64.gz";
    Result needsDocs = footprint("slim", "oci-archive:" + in, "-o", "oci-archive:" + out, "--verify", "--", "cat", changelog);
    assertThat(needsDocs.code()).isEqualTo(2);
    assertThat(needsDocs.err()).contains("exited with code 1").contains("No such file or directory")
        .contains("likely cause: " + changelog + " (removed by docs)");
    assertThat(out).doesNotExist();
    assertThat(footprint("slim", "oci-archive:" + in, "-o", "oci-archive:" + out, "--keep-docs",
        "--verify", "--", "cat", changelog).code()).isZero();
  }

  @Test
  void layersChurn_isReproducibleInEveryCompression() throws Exception {
    Path in = fixture("layers-churn", "docker-archive.tar");
    for (String compression : List.of("gzip", "zstd")) {
      Result a = footprint("slim", in.toString(), "-o", "oci-archive:" + dir.resolve("a-" + compression + ".tar"),
          "--compression", compression, "--format", "json");
      Result b = footprint("slim", in.toString(), "-o", "oci-archive:" + dir.resolve("b-" + compression + ".tar"),
          "--compression", compression, "--format", "json");
      assertThat(a.code()).as(a.err()).isZero();
      assertThat(json(a.out()).at("/output/manifestDigest").asText())
          .isEqualTo(json(b.out()).at("/output/manifestDigest").asText());
      assertThat(Files.readAllBytes(dir.resolve("a-" + compression + ".tar")))
          .isEqualTo(Files.readAllBytes(dir.resolve("b-" + compression + ".tar")));
    }
    // The peers that read zstd layers take the zstd output (umoci 0.4.7 knows only gzip layers).
    Path zstd = dir.resolve("a-zstd.tar");
    assertThat(exec(dir, "skopeo", "inspect", "oci-archive:" + zstd)).contains("\"Layers\"");
    exec(dir, "skopeo", "copy", "oci-archive:" + zstd, "oci:" + dir.resolve("zstd-copy") + ":latest");
    String ctr = exec(dir, "buildah", "--storage-driver", "vfs", "from", "--pull-never", "oci-archive:" + zstd).strip();
    exec(dir, "buildah", "--storage-driver", "vfs", "rm", ctr.lines().reduce((x, y) -> y).orElseThrow());
    try (Image image = Images.open(dev.footprint.image.ImageReference.parse("oci:" + dir.resolve("zstd-copy")),
        ImageOptions.defaults())) {
      for (var layer : image.layers()) {
        layer.read((e, content) -> content.transferTo(java.io.OutputStream.nullOutputStream()));
      }
    }
  }

  @Test
  void badInput_exitsTwoAndWritesNothing() throws Exception {
    Path notImage = Files.writeString(dir.resolve("plain.txt"), "not an image");
    Result r = footprint("slim", notImage.toString(), "-o", "oci:" + dir.resolve("x"));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("footprint: ").doesNotContain("Exception");
    assertThat(dir.resolve("x")).doesNotExist();
    Result same = footprint("slim", "oci-archive:" + fixture("layers-churn", "oci-archive.tar"),
        "-o", "oci-archive:" + fixture("layers-churn", "oci-archive.tar"));
    assertThat(same.code()).isEqualTo(2);
    assertThat(same.err()).contains("is the input");
  }

  @Test
  void corruptTopLayer_failsWithExitTwoAndLeavesNoOutputNorSpool() throws Exception {
    Path layout = dir.resolve("churn");
    exec(dir, "cp", "-r", fixture("layers-churn", "oci").toString(), layout.toString());
    ObjectMapper json = new ObjectMapper();
    String manifest = json.readTree(layout.resolve("index.json").toFile()).at("/manifests/0/digest").asText();
    JsonNode layers = json.readTree(layout.resolve("blobs/sha256/" + manifest.substring(7)).toFile()).at("/layers");
    Path top = layout.resolve("blobs/sha256/" + layers.get(layers.size() - 1).at("/digest").asText().substring(7));
    byte[] blob = Files.readAllBytes(top);
    blob[blob.length / 2] ^= 0x55;
    Files.write(top, blob);
    String before = exec(dir, "sha256sum", top.toString());
    Path temp = Files.createDirectories(dir.resolve("tmp"));
    Path out = dir.resolve("out.tar");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.io.tmpdir=" + temp, "-cp", System.getProperty("java.class.path"), "dev.footprint.cli.Main",
        "slim", "oci:" + layout, "-o", "oci-archive:" + out)
        .redirectErrorStream(true).redirectOutput(dir.resolve("slim.log").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String log = Files.readString(dir.resolve("slim.log"));
    assertThat(p.exitValue()).as(log).isEqualTo(2);
    assertThat(log).startsWith("footprint: ").doesNotContain("Exception");
    assertThat(out).doesNotExist();
    try (var left = Files.list(temp)) {
      assertThat(left.toList()).as("spool and work files").isEmpty();
    }
    try (var left = Files.list(dir)) {
      assertThat(left.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".out.tar")).toList()).isEmpty();
    }
    assertThat(exec(dir, "sha256sum", top.toString())).isEqualTo(before);
  }

  @Test
  void fullTemporaryDisk_exitsThreeWithOneLineAndLeavesNothing() throws Exception {
    Path small = Files.createDirectories(dir.resolve("small"));
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", small.toString())
        .redirectErrorStream(true).start();
    assumeTrue(mount.waitFor() == 0, "needs root to mount a small tmpfs");
    try {
      Path out = dir.resolve("full.tar");
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Djava.io.tmpdir=" + small, "-cp", System.getProperty("java.class.path"), "dev.footprint.cli.Main",
          "slim", "oci-archive:" + fixture("go-single", "oci-archive.tar"), "-o", "oci-archive:" + out)
          .redirectErrorStream(true).redirectOutput(dir.resolve("full.log").toFile()).start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String log = Files.readString(dir.resolve("full.log"));
      assertThat(p.exitValue()).as(log).isEqualTo(3);
      assertThat(log.lines().toList()).hasSize(1);
      assertThat(log).startsWith("footprint: no space left").contains(small.toString());
      assertThat(out).doesNotExist();
      try (var left = Files.list(small)) {
        assertThat(left.toList()).isEmpty();
      }
    } finally {
      new ProcessBuilder("umount", small.toString()).start().waitFor();
    }
  }
}
