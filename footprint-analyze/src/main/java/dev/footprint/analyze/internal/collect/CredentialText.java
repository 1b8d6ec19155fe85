package dev.footprint.analyze.internal.collect;

import java.util.regex.Pattern;

/**
 * Whether a credentials file's text actually holds a credential (a registry token, a password),
 * so an .npmrc that only sets a registry URL is not reported. Never returns the value. Stateless.
 */
final class CredentialText {
  private static final Pattern NPMRC = Pattern.compile("(?m)(_authToken|_auth|_password)\\s*=\\s*\\S+");
  private static final Pattern PYPIRC = Pattern.compile("(?m)^\\s*password\\s*[=:]\\s*\\S+");
  private static final Pattern NETRC = Pattern.compile("\\bpassword\\s+\\S+");
  private static final Pattern GIT_CREDENTIALS = Pattern.compile("://[^/\\s:@]+:[^/\\s@]+@");
  private static final Pattern DOCKER = Pattern.compile("\"(auth|identitytoken|registrytoken)\"\\s*:\\s*\"[^\"]+\"");

  private CredentialText() {}

  static boolean holdsCredential(String key, String text) {
    String name = CollectPlan.baseName(key);
    return switch (name) {
      case ".npmrc" -> NPMRC.matcher(text).find();
      case ".pypirc" -> PYPIRC.matcher(text).find();
      case ".netrc" -> NETRC.matcher(text).find();
      case ".git-credentials" -> GIT_CREDENTIALS.matcher(text).find();
      case "config.json" -> DOCKER.matcher(text).find();
      default -> false;
    };
  }
}
