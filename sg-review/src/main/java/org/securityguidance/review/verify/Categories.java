package org.securityguidance.review.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fixed category vocabulary ({@code verify/categories.txt}) and the mapping from a model's free-text label to
 * it, so "Command Injection", "command-injection" and "OS command injection" share one dedupe key (spec llm-review
 * §13.9). A label that matches nothing keeps a bounded snake_case form of itself; an empty one becomes
 * {@code other}.
 */
public final class Categories {
  public static final String OTHER = "other";
  static final int MAX_SLUG_CHARS = 48;
  private static final String RESOURCE = "/org/securityguidance/review/verify/categories.txt";
  private static final Map<String, List<String>> VOCABULARY = load();

  private Categories() {}

  /** Canonical ids in resource order. */
  public static List<String> ids() {
    return List.copyOf(VOCABULARY.keySet());
  }

  /** The canonical id for {@code label}. */
  public static String canonical(String label) {
    String slug = slug(label);
    if (slug.isEmpty()) {
      return OTHER;
    }
    if (VOCABULARY.containsKey(slug)) {
      return slug;
    }
    String padded = "_" + slug + "_";
    for (Map.Entry<String, List<String>> e : VOCABULARY.entrySet()) {
      for (String keyword : e.getValue()) {
        if (padded.contains("_" + keyword + "_")) {
          return e.getKey();
        }
      }
    }
    return slug.length() <= MAX_SLUG_CHARS ? slug : trimUnderscores(slug.substring(0, MAX_SLUG_CHARS));
  }

  /** Lower-case ASCII letters and digits, every other run of characters one underscore, no edge underscores. */
  static String slug(String label) {
    if (label == null) {
      return "";
    }
    String lower = label.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(Math.min(lower.length(), 256));
    for (int i = 0; i < lower.length() && out.length() < 256; i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
        out.append('_');
      }
    }
    return trimUnderscores(out.toString());
  }

  private static String trimUnderscores(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '_') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '_') {
      end--;
    }
    return s.substring(start, end);
  }

  private static Map<String, List<String>> load() {
    try (InputStream in = Categories.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("category vocabulary missing: " + RESOURCE);
      }
      Map<String, List<String>> vocabulary = new LinkedHashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String t = line.strip();
        int eq = t.indexOf('=');
        if (t.isEmpty() || t.startsWith("#") || eq < 0) {
          continue;
        }
        List<String> keywords = new ArrayList<>();
        for (String k : t.substring(eq + 1).split(",")) {
          if (!k.isBlank()) {
            keywords.add(k.strip());
          }
        }
        vocabulary.put(t.substring(0, eq).strip(), List.copyOf(keywords));
      }
      return vocabulary;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
