package dev.footprint.analyze.internal.find;

import dev.footprint.analyze.Category;
import dev.footprint.analyze.Severity;
import dev.footprint.analyze.internal.collect.FileRecord;
import dev.footprint.analyze.internal.collect.LayerFacts;
import dev.footprint.analyze.internal.collect.MergedView;
import dev.footprint.analyze.internal.rules.PathRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * secret: private keys, cloud credential files, .env files, registry credentials, tokens in the
 * config's environment. Every layer is searched, not only the merged view: a file deleted by a
 * later layer still ships in the layer that added it. Reports name the path and layer (or the
 * variable name), never the value.
 */
public final class SecretFinder implements Finder {
  private static final String ROTATE = "; treat it as leaked and rotate it";
  private static final String HOW = "keep secrets out of layers: use RUN --mount=type=secret (BuildKit) or inject"
      + " them at run time";

  @Override
  public List<Draft> find(AnalysisContext c) {
    Map<String, Integer> hiddenIn = new HashMap<>();
    for (MergedView.Hidden h : c.view().hidden()) {
      hiddenIn.put(h.addedLayer() + ":" + h.path(), h.removedLayer());
    }
    List<Draft> out = new ArrayList<>();
    for (LayerFacts l : c.layers()) {
      for (FileRecord r : l.records()) {
        if (!r.isFile()) {
          continue;
        }
        kind(c, r).ifPresent(kind -> {
          String path = c.paths().display(r.path());
          Integer removed = hiddenIn.get(l.index() + ":" + r.path());
          String title = kind + " at " + path + " (layer " + l.index() + ")"
              + (removed == null ? "" : "; deleted by layer " + removed + ", but deleting it in a later layer does not"
                  + " remove it: layer " + l.index() + " still carries it");
          out.add(new Draft(Category.SECRET, Severity.ERROR, Draft.layer(l.index()), List.of(path), r.size(), title,
              HOW + ROTATE, 0));
        });
      }
    }
    for (int i = 0; i < c.createdBy().size(); i++) {
      if (EnvSecrets.holdsToken(c.createdBy().get(i))) {
        out.add(new Draft(Category.SECRET, Severity.ERROR, Draft.layer(i), List.of("config:history/" + i), 0,
            "the build command of layer " + i + " (in the image history) contains what looks like a credential"
                + " (value not shown)", "pass build secrets with RUN --mount=type=secret, never on the command line or"
                + " in ARG; the history ships with the image" + ROTATE, 0));
      }
    }
    List<String> envNames = EnvSecrets.names(c.config().env());
    if (!envNames.isEmpty()) {
      out.add(new Draft(Category.SECRET, Severity.ERROR, Draft.layer(-1),
          envNames.stream().map(n -> "config:Env/" + n).toList(), 0,
          "the image config sets " + String.join(", ", envNames) + " to what looks like a credential (value not shown)",
          "pass credentials at run time (secrets, env from the orchestrator), never in ENV" + ROTATE, 0));
    }
    return out;
  }

  private static Optional<String> kind(AnalysisContext c, FileRecord r) {
    if (r.has(FileRecord.PRIVATE_KEY)) {
      return Optional.of("private key");
    }
    if (r.has(FileRecord.CREDENTIAL_CONTENT)) {
      return Optional.of("registry or repository credentials");
    }
    String[] segments = c.paths().segments(r.path());
    if (segments == null) {
      return Optional.empty();
    }
    Optional<String> kind = byName(segments, r);
    if (kind.isPresent() && PathRules.classify(segments).filter(m -> m.rule().category() == Category.TOOLCHAIN).isPresent()) {
      return Optional.empty();
    }
    return kind;
  }

  private static Optional<String> byName(String[] segments, FileRecord r) {
    String name = segments[segments.length - 1].toLowerCase(Locale.ROOT);
    String parent = segments.length > 1 ? segments[segments.length - 2].toLowerCase(Locale.ROOT) : "";
    if (parent.equals(".aws") && name.equals("credentials")) {
      return Optional.of("AWS credentials file");
    }
    if (parent.equals("gcloud") && (name.equals("application_default_credentials.json") || name.equals("credentials.db")
        || name.equals("access_tokens.db"))) {
      return Optional.of("Google Cloud credentials");
    }
    if (parent.equals(".azure") && (name.equals("accesstokens.json") || name.equals("msal_token_cache.json"))) {
      return Optional.of("Azure credentials");
    }
    if (parent.equals(".kube") && name.equals("config")) {
      return Optional.of("Kubernetes credentials (kubeconfig)");
    }
    if (name.equals(".env") || (name.startsWith(".env.") && !name.matches("\\.env\\.(example|sample|template|dist|defaults)"))) {
      return Optional.of(".env file");
    }
    if (name.endsWith(".p12") || name.endsWith(".pfx")) {
      return Optional.of("PKCS#12 key store");
    }
    return Optional.empty();
  }
}
