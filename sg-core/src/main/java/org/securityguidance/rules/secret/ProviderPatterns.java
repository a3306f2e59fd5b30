package org.securityguidance.rules.secret;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Provider key formats with a distinctive prefix or structure, written from the providers' published formats.
 *
 * <p>Matching is run-based: for each occurrence of a format's literal anchor the maximal run of the format's token
 * characters around it is taken (this is the word boundary), the run is matched as a whole against a pattern with
 * bounded repetitions, and the search resumes after the run. Every character is therefore visited a constant number
 * of times per format. Group 1 of each pattern is the random body, which must not look fake ({@link #plausibleBody}).
 */
final class ProviderPatterns {
  /** Token characters of a format's run. */
  private enum Charset {
    /** {@code [A-Za-z0-9_-]}: url-safe base64. */
    URL_SAFE("_-"),
    /** {@code [A-Za-z0-9_]}. */
    WORD("_"),
    /** {@code [A-Za-z0-9]}. */
    ALNUM(""),
    /** {@code [A-Za-z0-9-]}. */
    DASHED("-"),
    /** {@code [A-Za-z0-9_.-]}: dotted tokens. */
    DOTTED("_.-"),
    /** {@code [A-Za-z0-9+/=]} and the key=value sign: standard base64 in a connection string. */
    BASE64("+/="),
    /** URL characters without query or fragment. */
    URL("_.-:/");

    private final String extra;

    Charset(String extra) {
      this.extra = extra;
    }

    boolean searchesInside() {
      return this == URL || this == BASE64;
    }

    boolean contains(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || extra.indexOf(c) >= 0;
    }
  }

  /** One provider format: literals that must occur, the run charset, and a pattern for the whole run. */
  private record Format(SecretKind kind, List<String> anchors, Charset charset, Pattern pattern) {}

  /** Longer runs are data blobs, not keys; the longest format (PyPI) stays well below. */
  private static final int MAX_RUN = 1200;

  private static final List<Format> FORMATS =
      List.of(
          // Anthropic keys are 95 url-safe characters after the prefix, the last two being "AA".
          format(SecretKind.ANTHROPIC_API_KEY, List.of("sk-ant-api"), Charset.URL_SAFE,
              "sk-ant-api\\d{2}-([A-Za-z0-9_-]{80,120})AA"),
          format(SecretKind.ANTHROPIC_ADMIN_KEY, List.of("sk-ant-admin"), Charset.URL_SAFE,
              "sk-ant-admin\\d{2}-([A-Za-z0-9_-]{80,120})AA"),
          // OpenAI keys embed "T3BlbkFJ" (base64 of "OpenAI"); project keys without it are long and prefixed.
          format(SecretKind.OPENAI_API_KEY, List.of("T3BlbkFJ"), Charset.URL_SAFE,
              "sk-(?:(?:proj|svcacct|admin)-)?([A-Za-z0-9_-]{20,120}T3BlbkFJ[A-Za-z0-9_-]{20,120})"),
          format(SecretKind.OPENAI_API_KEY, List.of("sk-proj-", "sk-svcacct-", "sk-admin-"), Charset.URL_SAFE,
              "sk-(?:proj|svcacct|admin)-([A-Za-z0-9_-]{100,250})"),
          format(SecretKind.AWS_ACCESS_KEY_ID, List.of("AKIA", "ASIA"), Charset.ALNUM, "(?:AKIA|ASIA)([A-Z0-9]{16})"),
          format(SecretKind.GITHUB_TOKEN, List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), Charset.WORD,
              "gh[pousr]_([A-Za-z0-9]{36,251})"),
          format(SecretKind.GITHUB_FINE_GRAINED_PAT, List.of("github_pat_"), Charset.WORD,
              "github_pat_([A-Za-z0-9_]{60,251})"),
          // Newer GitLab tokens append dot-separated routing parts after the random part.
          format(SecretKind.GITLAB_PAT, List.of("glpat-"), Charset.DOTTED,
              "glpat-([A-Za-z0-9_-]{20,64})(?:\\.[A-Za-z0-9_-]{2,64}){0,3}"),
          format(SecretKind.SLACK_TOKEN, List.of("xoxa-", "xoxb-", "xoxp-", "xoxr-", "xoxs-"), Charset.DASHED,
              "xox[abprs]-(?:[0-9]{1,15}-){1,3}([A-Za-z0-9-]{16,250})"),
          format(SecretKind.SLACK_WEBHOOK_URL, List.of("hooks.slack.com/"), Charset.URL,
              "https?://hooks\\.slack\\.com/(?:services/T[A-Z0-9]{6,12}/B[A-Z0-9]{6,12}/"
                  + "|(?:workflows|triggers)/T[A-Z0-9]{6,12}/A[A-Z0-9]{6,12}/[0-9]{6,20}/)([A-Za-z0-9]{20,48})"
                  + "(?![A-Za-z0-9])"),
          format(SecretKind.STRIPE_SECRET_KEY, List.of("sk_live_", "rk_live_"), Charset.WORD,
              "[sr]k_live_([A-Za-z0-9]{20,247})"),
          format(SecretKind.GOOGLE_API_KEY, List.of("AIza"), Charset.URL_SAFE, "AIza([A-Za-z0-9_-]{35})"),
          format(SecretKind.SENDGRID_API_KEY, List.of("SG."), Charset.DOTTED,
              "SG\\.([A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})"),
          format(SecretKind.NPM_TOKEN, List.of("npm_"), Charset.WORD, "npm_([A-Za-z0-9]{36})"),
          // PyPI tokens are macaroons whose first bytes encode the issuing domain (pypi.org or test.pypi.org).
          format(SecretKind.PYPI_TOKEN, List.of("pypi-AgE"), Charset.URL_SAFE,
              "pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)([A-Za-z0-9_-]{50,1000})"),
          // Formats common in AI-agent projects beyond the original list; lengths allow a little drift.
          format(SecretKind.HUGGINGFACE_TOKEN, List.of("hf_"), Charset.WORD, "hf_([A-Za-z]{30,40})"),
          format(SecretKind.GROQ_API_KEY, List.of("gsk_"), Charset.WORD, "gsk_([A-Za-z0-9]{48,56})"),
          format(SecretKind.REPLICATE_API_TOKEN, List.of("r8_"), Charset.WORD, "r8_([A-Za-z0-9]{36,40})"),
          format(SecretKind.DIGITALOCEAN_TOKEN, List.of("dop_v1_", "doo_v1_", "dor_v1_"), Charset.WORD,
              "do[por]_v1_([a-f0-9]{64})"),
          format(SecretKind.SHOPIFY_TOKEN, List.of("shpat_", "shpca_", "shppa_", "shpss_"), Charset.WORD,
              "shp(?:at|ca|pa|ss)_([a-fA-F0-9]{32})"),
          // Azure storage account keys are 64 random bytes: 86 base64 characters and "==".
          format(SecretKind.AZURE_STORAGE_KEY, List.of("AccountKey="), Charset.BASE64,
              "AccountKey=([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])"));

  private ProviderPatterns() {}

  private static Format format(SecretKind kind, List<String> anchors, Charset charset, String regex) {
    return new Format(kind, anchors, charset, Pattern.compile(regex));
  }

  /** Adds every provider-format hit in {@code text} to {@code out} (unsorted across formats). */
  static void find(String text, List<SecretHit> out, int limit) {
    for (Format format : FORMATS) {
      for (String anchor : format.anchors()) {
        findRuns(text, format, anchor, out, limit);
      }
    }
  }

  private static void findRuns(String text, Format format, String anchor, List<SecretHit> out, int limit) {
    Charset charset = format.charset();
    int at = text.indexOf(anchor);
    while (at >= 0 && out.size() < limit) {
      int start = at;
      while (start > 0 && at - start < MAX_RUN && charset.contains(text.charAt(start - 1))) {
        start--;
      }
      int end = at;
      while (end < text.length() && charset.contains(text.charAt(end))) {
        end++;
      }
      int trimmed = end;
      while (trimmed > start && text.charAt(trimmed - 1) == '.') {
        trimmed--;
      }
      if (trimmed - start <= MAX_RUN) {
        matchRun(text, format, start, trimmed, out);
      }
      at = text.indexOf(anchor, Math.max(end, at + 1));
    }
  }

  private static void matchRun(String text, Format format, int start, int end, List<SecretHit> out) {
    Matcher m = format.pattern().matcher(text).region(start, end);
    // URL and base64 runs swallow what precedes the key (scheme, "Name=" of a connection string): search inside.
    boolean found = format.charset().searchesInside() ? m.find() : m.matches();
    if (found && plausibleBody(text, m.start(1), m.end(1))) {
      out.add(new SecretHit(format.kind(), m.start(), m.end() - m.start()));
    }
  }

  /**
   * A real key body is random: reject documentation stand-ins ({@code EXAMPLE}, {@code XXXX}, {@code your…}),
   * 6+ repeats of one character, 5-character ascending runs, and bodies far below random entropy. The floor {@code
   * 0.6·log2 n} is well under the 1st percentile of random strings (about {@code 0.75·log2 n}, see {@link Entropy}).
   */
  static boolean plausibleBody(String text, int from, int to) {
    String body = text.substring(from, to);
    String lower = Placeholders.asciiLower(body);
    if (lower.contains("example") || lower.contains("xxxx") || lower.contains("your") || lower.contains("placeholder")
        || lower.contains("dummy") || lower.contains("fake")) {
      return false;
    }
    if (hasRepeatRun(body, 6) || Placeholders.hasTrivialStructure(lower)) {
      return false;
    }
    int n = Math.min(body.length(), 64);
    return Entropy.bitsPerChar(body) >= 0.6 * Math.log(n) / Math.log(2);
  }

  private static boolean hasRepeatRun(String s, int run) {
    int count = 1;
    for (int i = 1; i < s.length(); i++) {
      count = s.charAt(i) == s.charAt(i - 1) ? count + 1 : 1;
      if (count >= run) {
        return true;
      }
    }
    return false;
  }
}
