package org.securityguidance.review.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.securityguidance.finding.Finding;
import org.securityguidance.finding.Severity;

class NormalizerTest {
  @ParameterizedTest
  @CsvSource({
      "critical, CRITICAL", "CRITICAL, CRITICAL", "Crit, CRITICAL", "blocker, CRITICAL", "P0, CRITICAL",
      "high, HIGH", "High risk, HIGH", "major, HIGH", "serious, HIGH", "sev1, HIGH",
      "medium, MEDIUM", "Moderate, MEDIUM", "warning, MEDIUM", "med, MEDIUM",
      "low, LOW", "minor, LOW", "info, LOW", "Informational, LOW", "none, LOW",
      "'', MEDIUM", "unknown, MEDIUM", "banana, MEDIUM"})
  void severityIsReadFromTextWithSynonymsAndMissingMeansMedium(String text, Severity expected) {
    assertThat(Normalizer.severity(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "command_injection | command_injection",
      "Command Injection | command_injection",
      "OS-Command-Injection | command_injection",
      "Command Injection via Shell Wrappers & Indirect Sources | command_injection",
      "SQL Injection | sql_injection",
      "SQLi | sql_injection",
      "Path Traversal | path_traversal",
      "Directory traversal (zip slip) | path_traversal",
      "Cross-Site Scripting (XSS) | xss",
      "XSS — Autoescape Off / Incomplete or Wrong Escaper | xss",
      "CSRF | csrf",
      "Cross-Site Request Forgery | csrf",
      "Server-Side Request Forgery | ssrf",
      "SSRF URL-Allowlist Bypass | ssrf",
      "Substring/Unanchored Allowlist Bypass | allowlist_bypass",
      "Authorization (IDOR / scoping / visibility) | authorization",
      "IDOR | authorization",
      "Spoofable-Field Auth Bypass | auth_bypass",
      "OAuth/OIDC Flow Weaknesses | oauth_flow",
      "Secrets/PII in Logs, URLs, or Errors | sensitive_data_exposure",
      "Unfiltered Serialization / Nested Data Exposure | sensitive_data_exposure",
      "Hardcoded Secrets | hardcoded_secret",
      "Hardcoded Framework Secrets | hardcoded_secret",
      "Nonstandard Credential Prefix | hardcoded_secret",
      "Insecure Password Hashing | password_hashing",
      "Weak Cryptographic Primitives | weak_crypto",
      "Insecure randomness | weak_crypto",
      "TLS Verification Disabled / Plaintext Transport | tls_disabled",
      "Unsafe Deserialization | unsafe_deserialization",
      "XXE / XML Entity Expansion | xxe",
      "Orchestrator Template Injection | template_injection",
      "Dynamic Code Evaluation | code_injection",
      "Arbitrary File Access from Client Parameters | arbitrary_file_access",
      "Argument Injection | argument_injection",
      "Environment Variable Injection into Subprocess | env_injection",
      "GitHub Actions Injection | github_actions_injection",
      "GitHub Actions Third-Party Unpinned | unpinned_action",
      "Agent/Subprocess Permission Bypass | agent_permission_bypass",
      "Overly Permissive IAM/RBAC | permissive_iam",
      "Insecure File Permissions on Credential Writes | insecure_permissions",
      "Sibling Validator/Sanitizer Asymmetry | validation_asymmetry",
      "Unfiltered Entity Choices in Forms | mass_assignment",
      "Boolean Type Coercion (Python) | type_coercion",
      "Open Redirect | open_redirect",
      "LDAP Injection | ldap_injection",
      "'' | other",
      "!!! | other"})
  void categoriesMapToTheVocabularyOrABoundedSlug(String label, String expected) {
    assertThat(Categories.canonical(label)).isEqualTo(expected);
  }

  @Test
  void anUnknownLongLabelIsCutToABoundedSlug() {
    String id = Categories.canonical("Very ".repeat(40) + "Strange Thing");
    assertThat(id).hasSizeLessThanOrEqualTo(Categories.MAX_SLUG_CHARS).matches("[a-z0-9_]+").doesNotEndWith("_");
  }

  @Test
  void fieldsAreCleanedTrimmedAndCapped() {
    Finding f = Normalizer.normalize(new RawFinding("  src/a.py\n", "SQL Injection", "HIGH",
        "\n\n  cur.execute(q)\u202e  \r\n\n", "x".repeat(5000), " use params \u0007", -4));
    assertThat(f.filePath()).isEqualTo("src/a.py");
    assertThat(f.category()).isEqualTo("sql_injection");
    assertThat(f.severity()).isEqualTo(Severity.HIGH);
    assertThat(f.vulnerableCode()).isEqualTo("  cur.execute(q)  ");
    assertThat(f.explanation().codePointCount(0, f.explanation().length())).isEqualTo(Normalizer.MAX_TEXT_CHARS);
    assertThat(f.fix()).isEqualTo("use params");
    assertThat(f.line()).isZero();
  }
}
