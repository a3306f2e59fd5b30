package org.securityguidance.agent.sandbox;

import java.util.Locale;
import java.util.Set;

/**
 * File names that conventionally hold secrets, refused even when git tracks them (a committed {@code .env} is still a
 * secret). Compared case-insensitively so {@code .ENV} on a case-insensitive file system is caught too.
 *
 * <p>The list: {@code .env} and {@code .env.*} (except the {@code .example}, {@code .sample} and {@code .template}
 * variants, which are documentation), {@code *.env}; private-key and keystore extensions ({@code .pem .key .p8 .p12
 * .pfx .ppk .keystore .jks}); SSH keys {@code id_rsa*, id_dsa*, id_ecdsa*, id_ed25519*}; credential stores
 * ({@code .npmrc .pypirc .netrc _netrc .git-credentials .pgpass .htpasswd}, {@code credentials*}); Terraform state
 * ({@code *.tfstate}, {@code *.tfstate.backup}).
 */
final class SecretFileNames {
  private static final Set<String> EXACT = Set.of(
      ".env", ".npmrc", ".pypirc", ".netrc", "_netrc", ".git-credentials", ".pgpass", ".htpasswd");
  private static final Set<String> DOCUMENTATION_ENV = Set.of(".env.example", ".env.sample", ".env.template");
  private static final String[] EXTENSIONS = {
    ".env", ".pem", ".key", ".p8", ".p12", ".pfx", ".ppk", ".keystore", ".jks", ".tfstate", ".tfstate.backup"
  };
  private static final String[] PREFIXES = {"id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "credentials"};

  private SecretFileNames() {}

  /** True when the last component of the repository-relative {@code path} looks secret-bearing. */
  static boolean matches(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (EXACT.contains(name)) {
      return true;
    }
    if (name.startsWith(".env.")) {
      return !DOCUMENTATION_ENV.contains(name);
    }
    for (String ext : EXTENSIONS) {
      if (name.endsWith(ext) && name.length() > ext.length()) {
        return true;
      }
    }
    for (String prefix : PREFIXES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
