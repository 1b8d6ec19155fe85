package dev.footprint.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** secret: content headers, credential files, config env; never the value. Fake data only. */
class SecretFindingsTest {
  private static final String FAKE = "FAKE-footprint-test-value-0000";
  @TempDir Path dir;

  private static String pem(String kind) {
    return "-----BEGIN " + kind + " PRIVATE KEY-----\nRkFLRSBURVNUIEtFWQ==\n-----END " + kind + " PRIVATE KEY-----\n";
  }

  private static List<Finding> secrets(Analysis a) {
    return FindingsTest.of(a, Category.SECRET);
  }

  @Test
  void keysAndCredentialFiles_reportedByPathAndLayer() throws Exception {
    SyntheticImage img = new SyntheticImage();
    img.layer("a").file("app/certs/server.key", pem("RSA")).file("root/.ssh/id_ed25519", pem("OPENSSH"))
        .file("root/.aws/credentials", "[default]\naws_secret_access_key = " + FAKE + "\n")
        .file("app/.env", "DB_PASSWORD=" + FAKE + "\n")
        .file("app/.npmrc", "//registry.npmjs.org/:_authToken=" + FAKE + "\n")
        .file("root/.pypirc", "[pypi]\nusername = __token__\npassword = " + FAKE + "\n")
        .file("root/.docker/config.json", "{\"auths\":{\"r.example\":{\"auth\":\"" + FAKE + "\"}}}");
    Analysis a = img.analyze(dir);
    assertThat(secrets(a)).extracting(f -> f.paths().get(0)).containsExactlyInAnyOrder("/app/certs/server.key",
        "/root/.ssh/id_ed25519", "/root/.aws/credentials", "/app/.env", "/app/.npmrc", "/root/.pypirc",
        "/root/.docker/config.json");
    assertThat(secrets(a)).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.layer()).hasValue(0);
      assertThat(f.title() + f.recommendation()).doesNotContain(FAKE).doesNotContain("RkFLRSBURVNUIEtFWQ");
    });
  }

  @Test
  void harmlessLookalikes_notReported() throws Exception {
    SyntheticImage img = new SyntheticImage();
    img.layer("a").file("app/.npmrc", "registry=https://registry.npmjs.org/\n")
        .file("root/.docker/config.json", "{\"credsStore\":\"desktop\"}")
        .file("app/.env.example", "DB_PASSWORD=\n")
        .file("etc/ssl/certs/ca.pem", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
        .file("usr/local/go/src/crypto/tls/testdata/example-key.pem", pem("RSA"))
        .file("app/keys_test.go", "const k = `" + pem("RSA") + "`");
    assertThat(secrets(img.analyze(dir))).isEmpty();
  }

  @Test
  void deletedInLaterLayer_stillReportedWithBothLayers() throws Exception {
    SyntheticImage img = new SyntheticImage();
    img.layer("a").file("app/deploy-key.pem", pem("EC"));
    img.layer("b").whiteout("app/deploy-key.pem");
    List<Finding> s = secrets(img.analyze(dir));
    assertThat(s).singleElement().satisfies(f -> {
      assertThat(f.layer()).hasValue(0);
      assertThat(f.title()).contains("deleted by layer 1").contains("does not remove it");
    });
  }

  @Test
  void configEnv_namesOnly() throws Exception {
    SyntheticImage img = new SyntheticImage().env("API_TOKEN=" + FAKE).env("PORT=8080").env("PATH=/usr/bin")
        .env("PASSWORD_FILE=/run/secrets/pw").env("GITHUB=ghp_" + "a".repeat(36)).env("EMPTY_SECRET=");
    img.layer("a").filled("x", 10, 'x');
    List<Finding> s = secrets(img.analyze(dir));
    assertThat(s).singleElement().satisfies(f -> {
      assertThat(f.paths()).containsExactly("config:Env/API_TOKEN", "config:Env/GITHUB");
      assertThat(f.layer()).isEmpty();
      assertThat(f.title()).doesNotContain(FAKE).doesNotContain("ghp_");
    });
  }

  @Test
  void historyCommandWithToken_reportedWithoutValue() throws Exception {
    SyntheticImage img = new SyntheticImage();
    img.layer("/bin/sh -c curl -H 'Authorization: token ghp_" + "b".repeat(36) + "' https://x").filled("a", 10, 'a');
    img.layer("/bin/sh -c echo hello").filled("b", 10, 'b');
    assertThat(secrets(img.analyze(dir))).singleElement().satisfies(f -> {
      assertThat(f.paths()).containsExactly("config:history/0");
      assertThat(f.title()).doesNotContain("ghp_");
    });
  }
}
