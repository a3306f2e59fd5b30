package org.securityguidance.review.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Body rules that depend on the credential and the model family (spec §4.2, §4.5). */
class RequestBodyTest {
  private static MessagesRequest request(String model, String system, int maxTokens, Object content) {
    return new MessagesRequest(model, maxTokens, system, List.of(Map.of("role", "user", "content", content)), null,
        List.of(Map.of("name", "read_file")));
  }

  @Test
  void subscriptionMovesOtherSystemTextIntoTheUserTurn() {
    Map<String, Object> body = RequestBody.of(request("claude-opus-5-5", "Be strict.", 16000, "diff here"), true);
    assertThat(body.get("system")).isEqualTo(RequestBody.SUBSCRIPTION_SYSTEM_PROMPT);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> messages = (List<Map<String, Object>>) body.get("messages");
    assertThat(messages.get(0).get("content")).isEqualTo(List.of(Map.of("type", "text", "text", "Be strict."),
        Map.of("type", "text", "text", "diff here")));
    assertThat(body.get("tools")).isEqualTo(List.of(Map.of("name", "read_file")));
  }

  @Test
  void subscriptionKeepsBlockContentAfterTheMovedSystemText() {
    List<Map<String, Object>> blocks = List.of(Map.of("type", "text", "text", "rubric", "cache_control",
        Map.of("type", "ephemeral")));
    Map<String, Object> body = RequestBody.of(request("m", "Extra.", 16000, blocks), true);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> messages = (List<Map<String, Object>>) body.get("messages");
    assertThat((List<?>) messages.get(0).get("content")).hasSize(2).last().isEqualTo(blocks.get(0));
  }

  @Test
  void apiKeyKeepsTheCallersSystemPrompt() {
    assertThat(RequestBody.of(request("m", "Be strict.", 16000, "x"), false)).containsEntry("system", "Be strict.");
    assertThat(RequestBody.of(request("m", null, 16000, "x"), false)).doesNotContainKey("system");
  }

  @Test
  void legacyBudgetStaysBelowMaxTokensOrIsDropped() {
    assertThat(RequestBody.of(request("claude-sonnet-4-5", null, 4000, "x"), false).get("thinking"))
        .isEqualTo(Map.of("type", "enabled", "budget_tokens", 3999L));
    assertThat(RequestBody.of(request("claude-sonnet-4-5", null, 1000, "x"), false)).doesNotContainKeys("thinking",
        "output_config");
  }

  @Test
  void modelFamiliesAreRecognisedThroughProviderPrefixes() {
    assertThat(Models.usesLegacyThinking("eu.anthropic.claude-sonnet-4-5-20250929-v1:0")).isTrue();
    assertThat(Models.usesLegacyThinking("CLAUDE-3-7-SONNET")).isTrue();
    assertThat(Models.usesLegacyThinking("claude-opus-4-6")).isFalse();
    assertThat(Models.usesLegacyThinking("opus")).isFalse();
    assertThat(Models.canonical(" us.anthropic.claude-opus-4-7 ")).isEqualTo("claude-opus-4-7");
  }
}
