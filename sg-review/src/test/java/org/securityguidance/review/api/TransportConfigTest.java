package org.securityguidance.review.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securityguidance.sys.Env;

/** Configuration is read once from the environment, never crashes, and never prints a secret. */
class TransportConfigTest {
  private static TransportConfig config(String... kv) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return TransportConfig.from(new Env(m), TransportLog.NONE);
  }

  @Test
  void defaultsWithNothingSet() {
    TransportConfig c = config();
    assertThat(c.baseUrl()).isEqualTo("https://api.anthropic.com");
    assertThat(c.hasCredentials()).isFalse();
    assertThat(c.thirdParty()).isFalse();
    assertThat(c.reviewModel()).isEqualTo(Models.DEFAULT_REVIEW_MODEL).isEqualTo("claude-opus-5-5");
    assertThat(c.fallbackModel()).isEqualTo("claude-sonnet-5");
    assertThat(c.modelExplicit()).isFalse();
    assertThat(c.agenticModel()).isEqualTo("claude-opus-5-5");
    assertThat(c.dualOr()).isFalse();
    assertThat(c.customHeaders()).isEmpty();
    assertThat(c.attemptTimeout()).isEqualTo(Duration.ofSeconds(120));
    assertThat(c.reviewDeadline()).isEqualTo(Duration.ofSeconds(300));
    assertThat(c.cliTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(c.remote()).isFalse();
  }

  @Test
  void baseUrlLosesTrailingSlashes() {
    assertThat(config("ANTHROPIC_BASE_URL", " http://gw.local:4000/// ").baseUrl()).isEqualTo("http://gw.local:4000");
    assertThat(config("ANTHROPIC_BASE_URL", "/").baseUrl()).isEqualTo("https://api.anthropic.com");
  }

  @Test
  void credentialsAreDetectedButNeverPrinted() {
    TransportConfig c = config("ANTHROPIC_API_KEY", "sk-ant-key-123", "ANTHROPIC_AUTH_TOKEN", "tok-456",
        "ANTHROPIC_CUSTOM_HEADERS", "X-Gw: gw-secret-789", "ANTHROPIC_BASE_URL", "https://u:pw-000@gw.example");
    assertThat(c.hasCredentials()).isTrue();
    assertThat(c.apiKey()).isEqualTo("sk-ant-key-123");
    assertThat(c.authToken()).isEqualTo("tok-456");
    assertThat(c.toString()).contains("apiKey=set", "authToken=set", "customHeaders=1")
        .doesNotContain("sk-ant-key-123", "tok-456", "gw-secret-789", "pw-000");
  }

  @Test
  void explicitModelIsTrimmedAndDisablesTheFallback() {
    TransportConfig c = config("SECURITY_REVIEW_MODEL", "  claude-sonnet-4-6 ", "SG_AGENTIC_MODEL", "x-agent");
    assertThat(c.reviewModel()).isEqualTo("claude-sonnet-4-6");
    assertThat(c.fallbackModel()).isNull();
    assertThat(c.modelExplicit()).isTrue();
    assertThat(c.agenticModel()).isEqualTo("x-agent");
    assertThat(config("SECURITY_REVIEW_MODEL", "   ").reviewModel()).isEqualTo(Models.DEFAULT_REVIEW_MODEL);
  }

  @Test
  void everyProviderFlagSelectsTheThirdPartyPathWithTheCliAlias() {
    for (String flag : TransportConfig.PROVIDER_FLAGS) {
      for (String truthy : List.of("1", "true", " YES ", "On")) {
        TransportConfig c = config(flag, truthy);
        assertThat(c.thirdParty()).as(flag + "=" + truthy).isTrue();
        assertThat(c.providers()).containsExactly(flag);
        assertThat(c.hasCredentials()).isTrue();
        assertThat(c.reviewModel()).isEqualTo("opus");
        assertThat(c.fallbackModel()).isNull();
      }
      assertThat(config(flag, "0").thirdParty()).isFalse();
      assertThat(config(flag, "maybe").thirdParty()).isFalse();
    }
  }

  @Test
  void dualOrAndRemoteAreTruthyFlags() {
    assertThat(config("SG_DUAL_OR", "on").dualOr()).isTrue();
    assertThat(config("SG_DUAL_OR", "2").dualOr()).isFalse();
    assertThat(config("CLAUDE_CODE_REMOTE", "true").remote()).isTrue();
  }

  @Test
  void badDeadlinesFallBackToTheDefault() {
    assertThat(config("SG_REVIEW_DEADLINE_S", "90").reviewDeadline()).isEqualTo(Duration.ofSeconds(90));
    for (String bad : List.of("0", "-5", "abc", "99999999999", "7200")) {
      assertThat(config("SG_REVIEW_DEADLINE_S", bad).reviewDeadline()).as(bad).isEqualTo(Duration.ofSeconds(300));
    }
  }

  @Test
  void customHeadersAreParsedAndSkippedLinesLoggedWithoutValues() {
    List<String> log = new ArrayList<>();
    TransportConfig c = TransportConfig.from(
        new Env(Map.of("ANTHROPIC_CUSTOM_HEADERS", "X-Ok: 1\nbad name: hidden-value")), log::add);
    assertThat(c.customHeaders()).extracting(CustomHeaders.Header::name).containsExactly("X-Ok");
    assertThat(log).hasSize(1);
    assertThat(log.get(0)).doesNotContain("hidden-value");
  }

  @Test
  void proxySettingsComeFromTheEnvironment() {
    TransportConfig c = config("HTTPS_PROXY", "http://user:pw@proxy.local:3128", "NO_PROXY",
        " .anthropic.com, localhost ,*.internal");
    assertThat(c.proxy().httpsProxy().getHostString()).isEqualTo("proxy.local");
    assertThat(c.proxy().httpsProxy().getPort()).isEqualTo(3128);
    assertThat(c.proxy().bypasses("api.anthropic.com")).isTrue();
    assertThat(c.proxy().withoutAnthropicBypass().bypasses("api.anthropic.com")).isFalse();
    assertThat(c.proxy().bypasses("127.0.0.1")).isTrue();
    assertThat(c.proxy().bypasses("example.org")).isFalse();
    assertThat(config("HTTPS_PROXY", "::::").proxy().httpsProxy()).isNull();
  }
}
