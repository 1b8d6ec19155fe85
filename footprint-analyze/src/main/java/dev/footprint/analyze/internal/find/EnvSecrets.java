package dev.footprint.analyze.internal.find;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which config environment variables hold what looks like a credential: a secret-like name with a
 * literal value (not a path or a reference), or a value shaped like a known token. Returns names
 * only. Stateless.
 */
final class EnvSecrets {
  private static final Pattern NAME = Pattern.compile(
      "(?i).*(TOKEN|SECRET|PASSWORD|PASSWD|PWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?|AUTH)$|(?i).*_(TOKEN|SECRET|PASSWORD|KEY)_.*");
  private static final Pattern NOT_A_VALUE = Pattern.compile("(?i).*(_FILE|_PATH|_DIR|_URL|_URI|_NAME|_ID|_HEADER|_TYPE)$");
  private static final Pattern TOKEN_VALUE = Pattern.compile(
      "(AKIA|ASIA)[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_\\w{20,}|glpat-[\\w-]{20,}|xox[abprs]-[\\w-]{10,}"
          + "|sk_live_\\w{16,}|-----BEGIN [A-Z ]*PRIVATE KEY-----|npm_[A-Za-z0-9]{30,}");

  private EnvSecrets() {}

  /** Whether free text (a history command) contains a value shaped like a known token or key. */
  static boolean holdsToken(String text) {
    return TOKEN_VALUE.matcher(text).find();
  }

  static List<String> names(List<String> env) {
    List<String> out = new ArrayList<>();
    for (String e : env) {
      int eq = e.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String name = e.substring(0, eq);
      String value = e.substring(eq + 1).strip();
      if (value.isEmpty()) {
        continue;
      }
      boolean literal = !value.startsWith("/") && !value.startsWith("$") && !value.matches("(?i)true|false|yes|no|\\d{1,5}");
      if ((NAME.matcher(name).matches() && !NOT_A_VALUE.matcher(name).matches() && literal)
          || TOKEN_VALUE.matcher(value).find()) {
        out.add(name);
      }
    }
    return out;
  }
}
