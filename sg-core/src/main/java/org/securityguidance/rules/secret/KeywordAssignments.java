package org.securityguidance.rules.secret;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.securityguidance.rules.secret.KeyNames.NameClass;

/**
 * Keyword-anchored secrets: an identifier naming a secret, assigned ({@code = : => :=}) or passed ({@code
 * setToken("…")}) a string literal that survives the placeholder and entropy checks. A single left-to-right pass:
 * identifiers are visited once, each look-ahead is bounded, and scanning resumes after a consumed value.
 */
final class KeywordAssignments {
  private static final int MAX_NAME = 128;
  private static final int MAX_GAP = 16;
  private static final int MAX_CACHED_NAMES = 4096;
  /** HTTP auth schemes and OpenSSL's {@code pass:} passphrase source, stripped before judging the value. */
  private static final String[] AUTH_SCHEMES = {"bearer ", "basic ", "token ", "bot ", "pass:"};
  private static final Pattern AWS_SECRET_VALUE = Pattern.compile("[A-Za-z0-9/+]{40}");

  /** Identifier classes seen in this text; code repeats names, so this saves most classification work. */
  private final Map<String, NameClass> nameCache = new HashMap<>();
  private final String text;
  private final FileScope scope;

  private final KeyNames.KeyRule keyRule;

  private KeywordAssignments(String text, FileScope scope) {
    this.text = text;
    this.scope = scope;
    this.keyRule = scope == FileScope.CODE ? KeyNames.KeyRule.COMPOUND_ONLY : KeyNames.KeyRule.ANY_QUALIFIED_KEY;
  }

  static void find(String text, FileScope scope, List<SecretHit> out, int limit) {
    new KeywordAssignments(text, scope).scan(out, limit);
  }

  private void scan(List<SecretHit> out, int limit) {
    int n = text.length();
    int i = 0;
    while (i < n && out.size() < limit) {
      if (!isNameChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isNameChar(text.charAt(i))) {
        i++;
      }
      int end = i;
      while (start < end && "-.$".indexOf(text.charAt(start)) >= 0) {
        start++;
      }
      while (end > start && "-.".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      if (end > start && end - start <= MAX_NAME && hasStem(text, start, end)) {
        i = Math.max(i, analyze(start, end, out));
      }
    }
  }

  /** Looks for an operator and a value after the name {@code [start, end)}; returns where scanning resumes. */
  private int analyze(int start, int end, List<SecretHit> out) {
    String name = text.substring(start, end);
    NameClass nameClass = classify(name);
    if (nameClass == NameClass.NONE) {
      return end;
    }
    int p = Cursor.skipSpaces(text, Cursor.skipKeyClose(text, end), MAX_GAP);
    Cursor.Operator op = Cursor.operator(text, p, scope == FileScope.NETRC && p > end);
    if (op == null || (op.isCall() && !KeyNames.isSecretSink(name))) {
      return end;
    }
    int v = Cursor.skipSpaces(text, op.end(), MAX_GAP);
    Cursor.Value value = Cursor.quoted(text, v);
    if (value == null && allowsBareValue(start, op)) {
      value = Cursor.bare(text, v);
    }
    if (value == null) {
      return end;
    }
    SecretHit hit = judge(text, value.start(), value.end(), nameClass);
    if (hit != null) {
      out.add(hit);
    }
    return Math.max(end, value.resume());
  }

  private NameClass classify(String name) {
    NameClass cached = nameCache.get(name);
    if (cached == null) {
      cached = KeyNames.classify(name, keyRule);
      if (nameCache.size() < MAX_CACHED_NAMES) {
        nameCache.put(name, cached);
      }
    }
    return cached;
  }

  private boolean allowsBareValue(int nameStart, Cursor.Operator op) {
    if (op.isCall()) {
      return false;
    }
    return scope == FileScope.NETRC || (scope == FileScope.CONFIG && Cursor.atLineStart(text, nameStart));
  }

  /** The hit for the value {@code text[from, to)} under a secret name, or null when it is not a secret. */
  static SecretHit judge(String text, int from, int to, NameClass nameClass) {
    String value = text.substring(from, to);
    int scheme = authSchemeLength(value);
    value = value.substring(scheme);
    int offset = from + scheme;
    if (value.isEmpty()) {
      return null;
    }
    if (Jwt.hasShape(value)) {
      // Decided by structure alone: a sample or malformed JWT is not re-judged as a generic random string.
      return Jwt.isToken(value) ? new SecretHit(SecretKind.JWT, offset, value.length()) : null;
    }
    if (hasWhitespace(value) || Placeholders.isStandIn(value)) {
      return null;
    }
    if (nameClass == NameClass.AWS_SECRET && AWS_SECRET_VALUE.matcher(value).matches()
        && Entropy.bitsPerChar(value) >= Entropy.threshold(value.length())) {
      return new SecretHit(SecretKind.AWS_SECRET_ACCESS_KEY, offset, value.length());
    }
    return Entropy.looksRandom(value) ? new SecretHit(SecretKind.GENERIC_SECRET, offset, value.length()) : null;
  }

  /** Length of a leading HTTP auth scheme ({@code Bearer }, {@code Basic }) to strip from a header value. */
  private static int authSchemeLength(String value) {
    for (String scheme : AUTH_SCHEMES) {
      if (value.regionMatches(true, 0, scheme, 0, scheme.length())) {
        return scheme.length();
      }
    }
    return 0;
  }

  private static boolean hasWhitespace(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Cheap prefilter before {@link KeyNames#classify}: a stem occurs, and the name is not just "key". */
  private static boolean hasStem(String text, int start, int end) {
    if (end - start == 3 && text.regionMatches(true, start, "key", 0, 3)) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = (char) (text.charAt(i) | 0x20);
      String stem = stemStartingWith(c);
      if (stem == null) {
        continue;
      }
      if (end - i >= stem.length() && text.regionMatches(true, i, stem, 0, stem.length())) {
        return true;
      }
      if (c == 'p' && i + 1 < end && (text.charAt(i + 1) | 0x20) == 'w') {
        return true;
      }
    }
    return false;
  }

  /** The stem starting with lower-case {@code c} (secret name stems; "pw" is checked by the caller). */
  private static String stemStartingWith(char c) {
    return switch (c) {
      case 'p' -> "pass";
      case 's' -> "secret";
      case 't' -> "token";
      case 'k' -> "key";
      case 'a' -> "auth";
      case 'c' -> "cred";
      default -> null;
    };
  }

  static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
        || c == '.' || c == '$';
  }
}
