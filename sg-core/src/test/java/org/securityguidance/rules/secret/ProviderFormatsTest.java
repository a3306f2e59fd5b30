package org.securityguidance.rules.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.securityguidance.rules.secret.SecretAssertions.assertNoHit;
import static org.securityguidance.rules.secret.SecretAssertions.assertSingleHit;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProviderFormatsTest {
  private static final FakeSecrets FAKE = new FakeSecrets(20260101L);

  static Stream<Arguments> providerKeys() {
    return Stream.of(
        Arguments.of("anthropic api key", FAKE.anthropic(), SecretKind.ANTHROPIC_API_KEY),
        Arguments.of("anthropic admin key", FAKE.anthropicAdmin(), SecretKind.ANTHROPIC_ADMIN_KEY),
        Arguments.of("openai project key", FAKE.openAiProject(), SecretKind.OPENAI_API_KEY),
        Arguments.of("openai legacy key", FAKE.openAiLegacy(), SecretKind.OPENAI_API_KEY),
        Arguments.of("aws access key id", FAKE.awsAccessKeyId(), SecretKind.AWS_ACCESS_KEY_ID),
        Arguments.of("aws session key id", "AS" + "IA" + FAKE.chars(FakeSecrets.UPPER_ALNUM, 16),
            SecretKind.AWS_ACCESS_KEY_ID),
        Arguments.of("github classic pat", FAKE.github('p'), SecretKind.GITHUB_TOKEN),
        Arguments.of("github oauth token", FAKE.github('o'), SecretKind.GITHUB_TOKEN),
        Arguments.of("github user-to-server", FAKE.github('u'), SecretKind.GITHUB_TOKEN),
        Arguments.of("github server-to-server", FAKE.github('s'), SecretKind.GITHUB_TOKEN),
        Arguments.of("github refresh token", FAKE.github('r'), SecretKind.GITHUB_TOKEN),
        Arguments.of("github fine-grained pat", FAKE.githubFineGrained(), SecretKind.GITHUB_FINE_GRAINED_PAT),
        Arguments.of("gitlab pat", FAKE.gitlab(), SecretKind.GITLAB_PAT),
        Arguments.of("slack bot token", FAKE.slackBot(), SecretKind.SLACK_TOKEN),
        Arguments.of("slack webhook", FAKE.slackWebhook(), SecretKind.SLACK_WEBHOOK_URL),
        Arguments.of("stripe live secret", FAKE.stripeLive(), SecretKind.STRIPE_SECRET_KEY),
        Arguments.of("stripe restricted", "rk" + "_live_" + FAKE.chars(FakeSecrets.ALNUM, 30),
            SecretKind.STRIPE_SECRET_KEY),
        Arguments.of("google api key", FAKE.google(), SecretKind.GOOGLE_API_KEY),
        Arguments.of("sendgrid key", FAKE.sendGrid(), SecretKind.SENDGRID_API_KEY),
        Arguments.of("npm token", FAKE.npm(), SecretKind.NPM_TOKEN),
        Arguments.of("pypi token", FAKE.pypi(), SecretKind.PYPI_TOKEN),
        Arguments.of("hugging face token", FAKE.huggingFace(), SecretKind.HUGGINGFACE_TOKEN),
        Arguments.of("groq key", FAKE.groq(), SecretKind.GROQ_API_KEY),
        Arguments.of("replicate token", FAKE.replicate(), SecretKind.REPLICATE_API_TOKEN),
        Arguments.of("digitalocean token", FAKE.digitalOcean(), SecretKind.DIGITALOCEAN_TOKEN),
        Arguments.of("shopify admin token", FAKE.shopify(), SecretKind.SHOPIFY_TOKEN),
        Arguments.of("azure storage key", FAKE.azureStorageKey(), SecretKind.AZURE_STORAGE_KEY),
        Arguments.of("rsa private key", FAKE.privateKey("RSA ", 12), SecretKind.PRIVATE_KEY),
        Arguments.of("pkcs8 private key", FAKE.privateKey("", 12), SecretKind.PRIVATE_KEY),
        Arguments.of("openssh private key", FAKE.privateKey("OPENSSH ", 6), SecretKind.PRIVATE_KEY),
        Arguments.of("ec private key", FAKE.privateKey("EC ", 3), SecretKind.PRIVATE_KEY));
  }

  @ParameterizedTest(name = "{0} assigned in Python")
  @MethodSource("providerKeys")
  void providerKeyAssignedInCodeIsReported(String label, String key, SecretKind kind) {
    String content = "import os\n\nCLIENT_CONFIG = \"" + key + "\"\n";
    assertSingleHit(label, "src/app/config.py", content, key, kind);
  }

  @ParameterizedTest(name = "{0} contains a prefilter keyword")
  @MethodSource("providerKeys")
  void providerKeyPassesThePrefilter(String label, String key, SecretKind kind) {
    String lower = Placeholders.asciiLower(key);
    assertThat(SecretDetector.prefilterKeywords().stream().anyMatch(lower::contains)).as(label).isTrue();
  }

  @ParameterizedTest(name = "{0} in prose without any keyword")
  @MethodSource("providerKeys")
  void providerKeyIsReportedWithoutKeywordInMarkdown(String label, String key, SecretKind kind) {
    String content = "# Setup\n\nI used " + key + " for the demo run.\n";
    assertSingleHit(label, "docs/notes.md", content, key, kind);
  }

  @ParameterizedTest(name = "{0} in a test file is still a leak")
  @MethodSource("providerKeys")
  void providerKeyInTestFileIsReported(String label, String key, SecretKind kind) {
    String content = "def test_call():\n    client = Client(\"" + key + "\")\n";
    assertSingleHit(label, "tests/test_client.py", content, key, kind);
  }

  @ParameterizedTest(name = "{0} in .env")
  @MethodSource("providerKeys")
  void providerKeyInDotEnvIsReportedOnce(String label, String key, SecretKind kind) {
    if (kind == SecretKind.PRIVATE_KEY) {
      return;
    }
    assertSingleHit(label, ".env", "SOME_CREDENTIAL=" + key + "\n", key, kind);
  }

  static Stream<Arguments> nearMisses() {
    String x93 = "x".repeat(93);
    return Stream.of(
        Arguments.of("anthropic body too short", "sk-" + "ant-api03-" + FAKE.chars(FakeSecrets.URL_SAFE, 40) + "AA"),
        Arguments.of("anthropic body without AA suffix", "sk-" + "ant-api03-" + FAKE.chars(FakeSecrets.ALNUM, 93)
            + "Qz"),
        Arguments.of("anthropic masked body", "sk-" + "ant-api03-" + x93 + "AA"),
        Arguments.of("anthropic doc ellipsis", "sk-" + "ant-api03-..."),
        Arguments.of("anthropic admin truncated", "sk-" + "ant-admin01-" + FAKE.chars(FakeSecrets.ALNUM, 20)),
        Arguments.of("openai key without marker", "sk-" + FAKE.chars(FakeSecrets.ALNUM, 48)),
        Arguments.of("openai project key truncated", "sk-" + "proj-" + FAKE.chars(FakeSecrets.ALNUM, 30)),
        Arguments.of("aws key id one char short", "AK" + "IA" + FAKE.chars(FakeSecrets.UPPER_ALNUM, 15)),
        Arguments.of("aws key id lower case", "AK" + "IA" + FAKE.chars("abcdefghijklmnop", 16)),
        Arguments.of("aws documentation key id", "AK" + "IA" + "IOSFODNN7" + "EXAMPLE"),
        Arguments.of("aws key id inside a longer word", "X" + "AK" + "IA" + FAKE.chars(FakeSecrets.UPPER_ALNUM, 16)),
        Arguments.of("github token too short", "gh" + "p_" + FAKE.chars(FakeSecrets.ALNUM, 20)),
        Arguments.of("github unknown type letter", "gh" + "x_" + FAKE.chars(FakeSecrets.ALNUM, 36)),
        Arguments.of("github masked token", "gh" + "p_" + "x".repeat(36)),
        Arguments.of("github fine-grained truncated", "github" + "_pat_" + FAKE.chars(FakeSecrets.ALNUM, 20)),
        Arguments.of("gitlab token too short", "gl" + "pat-" + FAKE.chars(FakeSecrets.ALNUM, 10)),
        Arguments.of("gitlab placeholder", "gl" + "pat-" + "xxxxxxxxxxxxxxxxxxxx"),
        Arguments.of("slack placeholder", "xo" + "xb-your-bot-token-here"),
        Arguments.of("slack truncated", "xo" + "xb-1234-abc"),
        Arguments.of("slack webhook from the docs", "https://hooks." + "slack.com/services/T00000000/B00000000/"
            + "XXXXXXXXXXXXXXXXXXXXXXXX"),
        Arguments.of("stripe test-mode key", "sk" + "_test_" + FAKE.chars(FakeSecrets.ALNUM, 24)),
        Arguments.of("stripe publishable key", "pk" + "_live_" + FAKE.chars(FakeSecrets.ALNUM, 24)),
        Arguments.of("google key too short", "AI" + "za" + FAKE.chars(FakeSecrets.ALNUM, 30)),
        Arguments.of("sendgrid wrong structure", "S" + "G." + FAKE.chars(FakeSecrets.ALNUM, 10) + "."
            + FAKE.chars(FakeSecrets.ALNUM, 10)),
        Arguments.of("npm config variable", "npm_config_registry"),
        Arguments.of("npm token too short", "np" + "m_" + FAKE.chars(FakeSecrets.ALNUM, 20)),
        Arguments.of("pypi token truncated", "py" + "pi-AgEI" + FAKE.chars(FakeSecrets.ALNUM, 10)),
        Arguments.of("pypi word", "pypi-token"),
        Arguments.of("hugging face name with digits", "h" + "f_" + FAKE.chars(FakeSecrets.ALNUM, 34) + "_x"),
        Arguments.of("hugging face snake-case identifier", "hf_load_pretrained_model_from_the_hub_cache"),
        Arguments.of("groq key too short", "gs" + "k_" + FAKE.chars(FakeSecrets.ALNUM, 20)),
        Arguments.of("replicate token too short", "r" + "8_" + FAKE.chars(FakeSecrets.ALNUM, 12)),
        Arguments.of("digitalocean token not hex", "do" + "p_v1_" + FAKE.chars("ghijklmnopqrstuvwxyz", 64)),
        Arguments.of("shopify token too short", "shp" + "at_" + FAKE.chars(FakeSecrets.HEX, 16)),
        Arguments.of("azure key truncated", "Account" + "Key=" + FAKE.chars(FakeSecrets.BASE64, 40) + "=="),
        Arguments.of("private key with ellipsis body", "-----" + "BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA "
            + "PRIVATE KEY-----"),
        Arguments.of("private key stub", "-----" + "BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n"),
        Arguments.of("public key block", FAKE.privateKey("", 8).replace("PRIVATE", "PUBLIC")),
        Arguments.of("certificate block", FAKE.privateKey("", 8).replace("PRIVATE KEY", "CERTIFICATE")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nearMisses")
  void nearMissIsNotReported(String label, String candidate) {
    assertNoHit(label, "src/app/config.py", "value = \"" + candidate + "\"\n");
    assertNoHit(label, "docs/notes.md", "See " + candidate + " in the guide.\n");
  }
}
