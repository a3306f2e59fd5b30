package org.securityguidance.agent.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.securityguidance.json.Json;

/**
 * The agentic reviewer's prose ({@code agent/prompts/*.txt}) and JSON schemas ({@code agent/schemas/*.json}), loaded
 * on first use and cached, so wording changes are resource diffs rather than Java edits.
 */
final class AgentResources {
  private static final String PROMPTS = "/org/securityguidance/agent/prompts/";
  private static final String SCHEMAS = "/org/securityguidance/agent/schemas/";
  private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

  private AgentResources() {}

  /** A prompt text with LF line endings and surrounding blank lines stripped. */
  static String prompt(String name) {
    return CACHE.computeIfAbsent(PROMPTS + name, AgentResources::read);
  }

  /** A prompt with {@code {{NONCE}}} replaced by the delimiter token (a value we generate, never untrusted text). */
  static String prompt(String name, String nonce) {
    return prompt(name).replace("{{NONCE}}", nonce);
  }

  /** A fresh mutable copy of a schema. */
  static Map<String, Object> schema(String name) {
    return Json.parseObject(CACHE.computeIfAbsent(SCHEMAS + name, AgentResources::read));
  }

  private static String read(String path) {
    try (InputStream in = AgentResources.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("agent resource missing: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
