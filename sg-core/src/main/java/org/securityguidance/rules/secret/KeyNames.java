package org.securityguidance.rules.secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides whether an identifier names a secret ({@code password}, {@code client_secret}, {@code apiKey}, {@code
 * x-api-key}) as opposed to something about a secret ({@code password_length}, {@code token_url}, {@code
 * secret_name}, {@code password_hash}). Identifiers are split into lower-case segments at separators and case changes.
 */
final class KeyNames {
  /** How an identifier relates to secrets. */
  enum NameClass {
    NONE,
    SECRET,
    /** Names an AWS secret access key: a 40-character base64 value gets its own kind. */
    AWS_SECRET
  }

  /** Whether a final "key" segment alone names a secret. */
  enum KeyRule {
    /** Code: only {@code api_key}, {@code secret_key} and the other compounds; {@code CACHE_KEY} is a lookup key. */
    COMPOUND_ONLY,
    /** Config and env files: {@code SUPABASE_SERVICE_ROLE_KEY=…}, {@code MAPS_KEY=…} hold keys. */
    ANY_QUALIFIED_KEY
  }

  /** Compounds ending in "key" that name a secret; {@code token_key} or {@code password_key} name a lookup key. */
  private static final List<String> KEY_COMPOUNDS =
      List.of("apikey", "accesskey", "secretkey", "privatekey", "signingkey", "encryptionkey", "masterkey", "appkey",
          "authkey", "licensekey");

  private static final Set<String> PASSWORD_SEGMENTS = Set.of("pass", "pwd", "pw", "pswd", "auth", "authorization");

  /** A final segment that describes the secret instead of holding it. */
  private static final Set<String> DESCRIPTOR_LAST =
      Set.of("id", "ids", "name", "names", "url", "uri", "urls", "endpoint", "path", "file", "filename", "dir",
          "directory", "type", "types", "length", "len", "size", "count", "field", "fields", "label", "header",
          "headers", "prefix", "suffix", "format", "pattern", "regex", "policy", "hint", "prompt", "template", "env",
          "var", "variable", "ref", "reference", "expiry", "expires", "expiration", "expire", "ttl", "timeout",
          "lifetime", "min", "max", "enabled", "enable", "disabled", "required", "mode", "input", "button", "column",
          "param", "params", "parameter", "user", "username", "login", "email", "account", "owner", "issuer",
          "audience", "scope", "scopes", "realm", "method", "methods", "provider", "service", "host", "port",
          "server", "domain", "region", "version", "algorithm", "alg", "store", "storage", "manager", "backend",
          "source", "kind", "class", "module", "handler", "callback", "route", "redirect", "page", "view", "form",
          "dialog", "modal", "message", "msg", "error", "errors", "text", "title", "description", "desc", "help",
          "tooltip", "info", "status", "state", "nonce", "location", "arn", "index", "idx", "flag", "option",
          "options", "config", "settings", "rotation", "usage", "limit", "validator", "validation", "rule", "rules",
          "strength", "encrypted", "cipher", "ciphertext", "vault", "attr", "attribute", "property", "prop", "tokens",
          "mask", "masked", "visible", "visibility", "placeholder");

  /** A segment anywhere that makes the value a non-secret: public material, test data, digests, verbs. */
  private static final Set<String> NON_SECRET_ANYWHERE =
      Set.of("public", "publishable", "anon", "csrf", "xsrf", "fake", "dummy", "mock", "example", "sample",
          "placeholder", "test", "tests", "hash", "hashed", "sha", "md5", "checksum", "digest", "etag", "integrity",
          "validate", "verify", "check", "reset", "forgot", "confirm", "confirmation", "regex", "pattern", "page",
          "cursor");

  private static final Set<String> VERB_FIRST = Set.of("get", "is", "has", "should", "show", "hide", "toggle");
  private static final Set<String> SETTER_FIRST = Set.of("set", "with");

  /** Segments that may form a bare secret name used as a call: {@code apiKey("…")}, {@code token("…")}. */
  private static final Set<String> SECRET_PARTS =
      Set.of("api", "access", "auth", "client", "refresh", "bearer", "bot", "app", "db", "admin", "root", "master",
          "private", "secret", "signing", "webhook", "personal", "service", "key", "token", "password", "passwd",
          "pass", "pwd", "passphrase", "credentials", "credential");

  private KeyNames() {}

  static NameClass classify(String identifier) {
    return classify(identifier, KeyRule.COMPOUND_ONLY);
  }

  static NameClass classify(String identifier, KeyRule keyRule) {
    List<String> segments = segments(identifier);
    if (segments.isEmpty()) {
      return NameClass.NONE;
    }
    boolean qualifiedKey = keyRule == KeyRule.ANY_QUALIFIED_KEY && segments.size() >= 2
        && segments.get(segments.size() - 1).equals("key");
    if (!(qualifiedKey || namesSecret(segments)) || isDescriptive(segments, qualifiedKey)) {
      return NameClass.NONE;
    }
    String joined = String.join("", segments);
    boolean aws = joined.contains("secretaccesskey") || (joined.contains("aws") && joined.contains("secret"));
    return aws ? NameClass.AWS_SECRET : NameClass.SECRET;
  }

  /** Whether {@code name("…")} passes a secret: setters/builders and bare secret names, never getters or checks. */
  static boolean isSecretSink(String identifier) {
    List<String> segments = segments(identifier.substring(identifier.lastIndexOf('.') + 1));
    if (segments.isEmpty() || segments.size() > 3) {
      return false;
    }
    return SETTER_FIRST.contains(segments.get(0)) || SECRET_PARTS.containsAll(segments);
  }

  private static boolean namesSecret(List<String> segments) {
    for (String s : segments) {
      if (s.contains("password") || s.contains("passwd") || s.contains("passphrase") || s.contains("secret")
          || s.contains("credential") || s.endsWith("token") || PASSWORD_SEGMENTS.contains(s)) {
        return true;
      }
    }
    return isKeyCompound(segments);
  }

  private static boolean isKeyCompound(List<String> segments) {
    String joined = String.join("", segments);
    for (String compound : KEY_COMPOUNDS) {
      if (joined.contains(compound)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDescriptive(List<String> segments, boolean qualifiedKey) {
    for (String s : segments) {
      if (NON_SECRET_ANYWHERE.contains(s) || isShaSegment(s)) {
        return true;
      }
    }
    String last = segments.get(segments.size() - 1);
    if (last.equals("key")) {
      return !qualifiedKey && !isKeyCompound(segments);
    }
    return DESCRIPTOR_LAST.contains(last) || VERB_FIRST.contains(segments.get(0));
  }

  private static boolean isShaSegment(String s) {
    if (!s.startsWith("sha") || s.length() == 3) {
      return false;
    }
    for (int i = 3; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Lower-case segments split at {@code _ - . $} and camelCase boundaries ({@code getAPIKey} → get, api, key). */
  static List<String> segments(String identifier) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int n = identifier.length();
    for (int i = 0; i < n; i++) {
      char c = identifier.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(current, out);
        continue;
      }
      if (Character.isUpperCase(c) && current.length() > 0) {
        char prev = identifier.charAt(i - 1);
        boolean nextLower = i + 1 < n && Character.isLowerCase(identifier.charAt(i + 1));
        if (Character.isLowerCase(prev) || Character.isDigit(prev) || (Character.isUpperCase(prev) && nextLower)) {
          flush(current, out);
        }
      }
      current.append(Character.toLowerCase(c));
    }
    flush(current, out);
    return out;
  }

  private static void flush(StringBuilder current, List<String> out) {
    if (current.length() > 0) {
      out.add(current.toString());
      current.setLength(0);
    }
  }
}
