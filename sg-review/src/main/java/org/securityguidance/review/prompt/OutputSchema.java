package org.securityguidance.review.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.securityguidance.json.Json;

/**
 * The strict JSON schema of the single-shot answer ({@code review/schemas/single-shot-findings.json}): spec
 * llm-review §5.3's fields plus a {@code line} hint, every property required, no additional properties.
 */
public final class OutputSchema {
  private static final String RESOURCE = "/org/securityguidance/review/schemas/single-shot-findings.json";
  private static volatile String cachedText;

  private OutputSchema() {}

  /** A fresh mutable copy of the schema (callers may embed it in a request map). */
  public static Map<String, Object> singleShot() {
    return Json.parseObject(text());
  }

  private static String text() {
    String text = cachedText;
    if (text == null) {
      try (InputStream in = OutputSchema.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("review schema resource missing: " + RESOURCE);
        }
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        cachedText = text;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return text;
  }
}
