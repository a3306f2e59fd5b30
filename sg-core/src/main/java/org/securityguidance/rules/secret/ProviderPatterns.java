package org.securityguidance.rules.secret;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Provider key formats with a distinctive prefix or structure, written from the providers' published formats. Each
 * pattern runs only when one of its literal anchors occurs in the text, every repetition is bounded, and group 1 (the
 * random body) must not look fake (see {@link #plausibleBody}).
 */
final class ProviderPatterns {
  /** One provider format: a literal that must occur, and a pattern whose group 1 is the random body. */
  private record Format(SecretKind kind, List<String> anchors, Pattern pattern) {}

  private static final String NOT_AFTER = "(?<![A-Za-z0-9_-])";
  private static final String NOT_BEFORE = "(?![A-Za-z0-9_-])";

  private static final List<Format> FORMATS =
      List.of(
          // Anthropic keys are 95 url-safe characters after the prefix, the last two being "AA".
          format(SecretKind.ANTHROPIC_API_KEY, List.of("sk-ant-api"),
              NOT_AFTER + "sk-ant-api\\d{2}-([A-Za-z0-9_-]{80,120})AA" + NOT_BEFORE),
          format(SecretKind.ANTHROPIC_ADMIN_KEY, List.of("sk-ant-admin"),
              NOT_AFTER + "sk-ant-admin\\d{2}-([A-Za-z0-9_-]{80,120})AA" + NOT_BEFORE),
          // OpenAI keys embed "T3BlbkFJ" (base64 of "OpenAI"); project keys without it are long and prefixed.
          format(SecretKind.OPENAI_API_KEY, List.of("T3BlbkFJ"),
              NOT_AFTER + "sk-(?:(?:proj|svcacct|admin)-)?([A-Za-z0-9_-]{20,120}T3BlbkFJ[A-Za-z0-9_-]{20,120})"
                  + NOT_BEFORE),
          format(SecretKind.OPENAI_API_KEY, List.of("sk-proj-", "sk-svcacct-", "sk-admin-"),
              NOT_AFTER + "sk-(?:proj|svcacct|admin)-([A-Za-z0-9_-]{100,250})" + NOT_BEFORE),
          format(SecretKind.AWS_ACCESS_KEY_ID, List.of("AKIA", "ASIA"),
              "(?<![A-Za-z0-9])(?:AKIA|ASIA)([A-Z0-9]{16})(?![A-Za-z0-9])"),
          format(SecretKind.GITHUB_TOKEN, List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
              "(?<![A-Za-z0-9_])gh[pousr]_([A-Za-z0-9]{36,251})(?![A-Za-z0-9_])"),
          format(SecretKind.GITHUB_FINE_GRAINED_PAT, List.of("github_pat_"),
              "(?<![A-Za-z0-9_])github_pat_([A-Za-z0-9_]{60,251})(?![A-Za-z0-9_])"),
          // Newer GitLab tokens append dot-separated routing parts after the random part.
          format(SecretKind.GITLAB_PAT, List.of("glpat-"),
              NOT_AFTER + "glpat-([A-Za-z0-9_-]{20,64})(?:\\.[A-Za-z0-9_-]{2,64}){0,3}" + NOT_BEFORE),
          format(SecretKind.SLACK_TOKEN, List.of("xoxa-", "xoxb-", "xoxp-", "xoxr-", "xoxs-"),
              NOT_AFTER + "xox[abprs]-(?:[0-9]{1,15}-){1,3}([A-Za-z0-9-]{16,250})" + NOT_BEFORE),
          format(SecretKind.SLACK_WEBHOOK_URL, List.of("hooks.slack.com/"),
              "https?://hooks\\.slack\\.com/(?:services/T[A-Z0-9]{6,12}/B[A-Z0-9]{6,12}/"
                  + "|(?:workflows|triggers)/T[A-Z0-9]{6,12}/A[A-Z0-9]{6,12}/[0-9]{6,20}/)([A-Za-z0-9]{20,48})"
                  + "(?![A-Za-z0-9])"),
          format(SecretKind.STRIPE_SECRET_KEY, List.of("sk_live_", "rk_live_"),
              "(?<![A-Za-z0-9_])[sr]k_live_([A-Za-z0-9]{20,247})(?![A-Za-z0-9_])"),
          format(SecretKind.GOOGLE_API_KEY, List.of("AIza"), NOT_AFTER + "AIza([A-Za-z0-9_-]{35})" + NOT_BEFORE),
          format(SecretKind.SENDGRID_API_KEY, List.of("SG."),
              "(?<![A-Za-z0-9_.-])SG\\.([A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})" + NOT_BEFORE),
          format(SecretKind.NPM_TOKEN, List.of("npm_"), "(?<![A-Za-z0-9_])npm_([A-Za-z0-9]{36})(?![A-Za-z0-9_])"),
          // PyPI tokens are macaroons whose first bytes encode the issuing domain (pypi.org or test.pypi.org).
          format(SecretKind.PYPI_TOKEN, List.of("pypi-AgE"),
              NOT_AFTER + "pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)([A-Za-z0-9_-]{50,1000})" + NOT_BEFORE));

  private ProviderPatterns() {}

  private static Format format(SecretKind kind, List<String> anchors, String regex) {
    return new Format(kind, anchors, Pattern.compile(regex));
  }

  /** Adds every provider-format hit in {@code text} to {@code out} (unsorted across formats). */
  static void find(String text, List<SecretHit> out, int limit) {
    for (Format format : FORMATS) {
      if (!containsAnchor(text, format.anchors())) {
        continue;
      }
      Matcher m = format.pattern().matcher(text);
      while (out.size() < limit && m.find()) {
        if (plausibleBody(text, m.start(1), m.end(1))) {
          out.add(new SecretHit(format.kind(), m.start(), m.end() - m.start()));
        }
      }
    }
  }

  private static boolean containsAnchor(String text, List<String> anchors) {
    for (String anchor : anchors) {
      if (text.contains(anchor)) {
        return true;
      }
    }
    return false;
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
