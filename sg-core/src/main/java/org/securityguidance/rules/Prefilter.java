package org.securityguidance.rules;

/**
 * Named prefilters a catalog pattern can require before its {@code find} runs: plain Java scans that every hit's
 * text implies, so ordinary code skips a costly regex scan (ADR 0008). Each must accept a superset of what it
 * guards; {@code PrefilterTest} checks that against the regex it stands for.
 */
enum Prefilter {
  /**
   * Admits every text in which the catalog's {@code {{SQLKW}}} can match (which every {@code {{DYNSQL}}} hit
   * contains): {@code where}, {@code values (}, {@code select … from} on one unquoted stretch of at most 200 chars,
   * {@code insert into}, {@code update <name> set}, {@code delete from}, {@code order by}. Word boundaries are
   * checked against ASCII word characters only and blanks with {@link Character#isWhitespace}, both looser than the
   * regex, so the filter never rejects a text the regex would match.
   */
  SQL_KEYWORD("sql_keyword"),

  /**
   * Admits texts containing a hash followed by an opening brace (Ruby interpolation). It replaced a gate regex for the
   * same two characters, which cost a cold JVM ~2 ms per 20 KB file through the guarded text; {@code indexOf} is
   * exactly equivalent ({@code PrefilterTest}).
   */
  HASH_BRACE("hash_brace");

  private final String catalogName;

  Prefilter(String catalogName) {
    this.catalogName = catalogName;
  }

  /** The prefilter a catalog names, or null. */
  static Prefilter byName(String name) {
    for (Prefilter p : values()) {
      if (p.catalogName.equals(name)) {
        return p;
      }
    }
    return null;
  }

  /** Whether {@code text} may contain a hit. */
  boolean admits(String text) {
    return this == HASH_BRACE ? text.contains("#{") : sqlKeyword(text);
  }

  private static boolean sqlKeyword(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = (char) (text.charAt(i) | 0x20);
      if ((c == 's' || c == 'i' || c == 'u' || c == 'd' || c == 'w' || c == 'o' || c == 'v')
          && (i == 0 || !asciiWord(text.charAt(i - 1))) && sqlKeywordAt(text, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sqlKeywordAt(String t, int i) {
    if (word(t, i, "where") || (word(t, i, "values") && charAfterBlanks(t, i + 6, '('))) {
      return true;
    }
    if (word(t, i, "select")) {
      return fromWithin(t, i + 6);
    }
    if (word(t, i, "insert")) {
      return wordAfterBlanks(t, i + 6, "into");
    }
    if (word(t, i, "delete")) {
      return wordAfterBlanks(t, i + 6, "from");
    }
    if (word(t, i, "order")) {
      return wordAfterBlanks(t, i + 5, "by");
    }
    if (word(t, i, "update")) {
      int j = i + 6;
      int k = skipBlanks(t, j);
      if (k == j) {
        return false;
      }
      int nameEnd = k;
      while (nameEnd < t.length() && nameChar(t.charAt(nameEnd))) {
        nameEnd++;
      }
      return nameEnd > k && wordAfterBlanks(t, nameEnd, "set");
    }
    return false;
  }

  /** {@code [^\n"`]{0,200}?\bfrom\b}. */
  private static boolean fromWithin(String t, int from) {
    int limit = Math.min(t.length(), from + 201);
    for (int j = from; j < limit; j++) {
      char c = t.charAt(j);
      if ((c | 0x20) == 'f' && (j == 0 || !asciiWord(t.charAt(j - 1))) && word(t, j, "from")) {
        return true;
      }
      if (c == '\n' || c == '"' || c == '`') {
        return false;
      }
    }
    return false;
  }

  private static boolean wordAfterBlanks(String t, int at, String w) {
    int k = skipBlanks(t, at);
    return k > at && word(t, k, w);
  }

  private static boolean charAfterBlanks(String t, int at, char expected) {
    int k = skipBlanks(t, at);
    return k < t.length() && t.charAt(k) == expected;
  }

  private static int skipBlanks(String t, int at) {
    int k = at;
    while (k < t.length() && Character.isWhitespace(t.charAt(k))) {
      k++;
    }
    return k;
  }

  /** {@code w} (lower-case ASCII) at {@code at}, ASCII case-insensitively, not followed by an ASCII word char. */
  private static boolean word(String t, int at, String w) {
    int end = at + w.length();
    if (end > t.length()) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if ((t.charAt(at + k) | 0x20) != w.charAt(k)) {
        return false;
      }
    }
    return end == t.length() || !asciiWord(t.charAt(end));
  }

  private static boolean nameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '"' || c == '`' || c == '[' || c == ']';
  }

  private static boolean asciiWord(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
}
