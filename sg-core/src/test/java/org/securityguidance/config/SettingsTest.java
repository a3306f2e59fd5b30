package org.securityguidance.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.securityguidance.sys.Env;

class SettingsTest {
  private static Settings with(String... pairs) {
    Map<String, String> vars = new HashMap<>();
    vars.put("HOME", "/h");
    for (int i = 0; i < pairs.length; i += 2) {
      vars.put(pairs[i], pairs[i + 1]);
    }
    return Settings.from(new Env(vars));
  }

  @Test
  void defaultsMatchTheOriginal() {
    Settings s = with();
    assertThat(s.disabled()).isFalse();
    assertThat(s.patternRules()).isTrue();
    assertThat(s.codeReview()).isTrue();
    assertThat(s.stopReview()).isTrue();
    assertThat(s.commitReview()).isTrue();
    assertThat(s.pushSweep()).isTrue();
    assertThat(s.maxStopHookFirings()).isEqualTo(3);
    assertThat(s.maxDiffFiles()).isEqualTo(30);
    assertThat(s.maxCommitReviewsPerWindow()).isEqualTo(20);
    assertThat(s.rateWindowSeconds()).isEqualTo(3600);
    assertThat(s.pushSweepMaxFiles()).isEqualTo(30);
    assertThat(s.pushSweepMaxRange()).isEqualTo(50);
    assertThat(s.pushSweepReportCap()).isEqualTo(3);
    assertThat(s.agenticNoRace()).isFalse();
    assertThat(s.agenticRaceDelaySeconds()).isEqualTo(180);
    assertThat(s.previousFindingsTtlSeconds()).isEqualTo(3600);
    assertThat(s.projectDir()).isNull();
    assertThat(s.stateDir()).isEqualTo(Path.of("/h/.claude/security"));
    assertThat(s.debugLog()).isEqualTo(Path.of("/h/.claude/security/log.txt"));
    assertThat(s.remoteSessionId()).isNull();
    assertThat(s.disabledRules()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "true", "YES", " on "})
  void killSwitchAcceptsTruthyWords(String value) {
    assertThat(with("SECURITY_GUIDANCE_DISABLE", value).disabled()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "false", "no", "", "2"})
  void killSwitchIgnoresOtherWords(String value) {
    assertThat(with("SECURITY_GUIDANCE_DISABLE", value).disabled()).isFalse();
  }

  @Test
  void legacySwitchOffOnlyWhenExactlyZero() {
    assertThat(with("ENABLE_SECURITY_REMINDER", "0").disabled()).isTrue();
    assertThat(with("ENABLE_SECURITY_REMINDER", "false").disabled()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ENABLE_PATTERN_RULES", "ENABLE_CODE_SECURITY_REVIEW", "ENABLE_STOP_REVIEW"})
  void enableSwitchesTurnOffOnlyOnZero(String name) {
    assertThat(flag(with(name, "0"), name)).isFalse();
    assertThat(flag(with(name, "false"), name)).isTrue();
    assertThat(flag(with(name, ""), name)).isTrue();
  }

  private static boolean flag(Settings s, String name) {
    return switch (name) {
      case "ENABLE_PATTERN_RULES" -> s.patternRules();
      case "ENABLE_CODE_SECURITY_REVIEW" -> s.codeReview();
      default -> s.stopReview();
    };
  }

  @Test
  void commitReviewSwitchAlsoTurnsThePushSweepOff() {
    Settings s = with("ENABLE_COMMIT_REVIEW", "0", "SECURITY_GUIDANCE_COMMIT_REVIEW", "on", "SG_PUSH_SWEEP", "1");
    assertThat(s.commitReview()).isFalse();
    assertThat(s.pushSweep()).isFalse();
  }

  @Test
  void overridesApplyWhenTheMainSwitchIsOn() {
    assertThat(with("SECURITY_GUIDANCE_COMMIT_REVIEW", " OFF ").commitReview()).isFalse();
    assertThat(with("SECURITY_GUIDANCE_COMMIT_REVIEW", "maybe").commitReview()).isTrue();
    assertThat(with("SG_PUSH_SWEEP", "off").pushSweep()).isFalse();
    assertThat(with("SG_PUSH_SWEEP", "0").pushSweep()).isFalse();
    assertThat(with("SG_PUSH_SWEEP", "whatever").pushSweep()).isTrue();
  }

  @Test
  void badNumbersFallBackToDefaultsInsteadOfCrashing() {
    Settings s = with("MAX_DIFF_FILES", "abc", "MAX_STOP_HOOK_FIRINGS", "-4", "COMMIT_REVIEW_RATE_WINDOW_S", "0",
        "SG_PUSH_SWEEP_MAX_RANGE", "99999999999", "SG_AGENTIC_RACE_DELAY_S", "1.5");
    assertThat(s.maxDiffFiles()).isEqualTo(30);
    assertThat(s.maxStopHookFirings()).isEqualTo(3);
    assertThat(s.rateWindowSeconds()).isEqualTo(3600);
    assertThat(s.pushSweepMaxRange()).isEqualTo(50);
    assertThat(s.agenticRaceDelaySeconds()).isEqualTo(180);
  }

  @Test
  void zeroFiringsMeansUnlimitedAndIsKept() {
    assertThat(with("MAX_STOP_HOOK_FIRINGS", "0").maxStopHookFirings()).isZero();
  }

  @Test
  void hourlyRateNameWinsOverTheLegacyName() {
    assertThat(with("MAX_COMMIT_REVIEWS_PER_SESSION", "7").maxCommitReviewsPerWindow()).isEqualTo(7);
    assertThat(with("MAX_COMMIT_REVIEWS_PER_SESSION", "7", "MAX_COMMIT_REVIEWS_PER_HOUR", "4")
        .maxCommitReviewsPerWindow()).isEqualTo(4);
  }

  @Test
  void disabledRulesAreACommaList() {
    assertThat(with("SG_DISABLE_RULES", " eval_injection, ,user:no-md5,").disabledRules())
        .containsExactlyInAnyOrder("eval_injection", "user:no-md5");
  }

  @Test
  void pathsExpandTheHomeDirectory() {
    Settings s = with("SECURITY_GUIDANCE_DEBUG_LOG", "~/l.txt", "CLAUDE_PROJECT_DIR", "/repo",
        "CLAUDE_CODE_REMOTE_SESSION_ID", "r-1");
    assertThat(s.debugLog()).isEqualTo(Path.of("/h/l.txt"));
    assertThat(s.projectDir()).isEqualTo(Path.of("/repo"));
    assertThat(s.remoteSessionId()).isEqualTo("r-1");
  }
}
