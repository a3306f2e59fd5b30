package org.securityguidance.review.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the review's prose (prompt blocks, guidance paragraphs) from {@code review/prompts/*.txt} on first use and
 * caches it, so wording changes are resource diffs, never Java string edits.
 */
public final class PromptText {
  private static final String DIR = "/org/securityguidance/review/prompts/";
  private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

  private PromptText() {}

  /** The named resource with line endings normalised to LF and surrounding blank lines stripped. */
  public static String load(String name) {
    return CACHE.computeIfAbsent(name, PromptText::read);
  }

  /**
   * The named resource with {@code {{KEY}}} placeholders replaced by values we generate (nonce, language list).
   * Untrusted text (diffs, paths, findings, policy) is never passed here: it is concatenated after this step.
   */
  public static String fill(String name, String key, String value) {
    return load(name).replace("{{" + key + "}}", value);
  }

  private static String read(String name) {
    try (InputStream in = PromptText.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("review prompt resource missing: " + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.replace("\r\n", "\n").strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
