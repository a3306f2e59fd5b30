package org.securityguidance.review.api;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Model ids and the per-family request shape (spec §4.4–4.5, §11). The default is the newest Opus id the spec's
 * newest variant pins (V-HDR, {@code claude-opus-5-5}); the fallback is V-OPUS5's {@code claude-sonnet-5}.
 */
public final class Models {
  /** Default single-shot model when {@code SECURITY_REVIEW_MODEL} is unset (direct HTTP). */
  public static final String DEFAULT_REVIEW_MODEL = "claude-opus-5-5";
  /** Model of the one fallback call, used only when the user chose no model. */
  public static final String DEFAULT_FALLBACK_MODEL = "claude-sonnet-5";
  /** Default on the third-party path: the CLI alias resolves to the provider's own Opus id (V-HDR). */
  public static final String THIRD_PARTY_DEFAULT_MODEL = "opus";
  /** Thinking budget for models without adaptive thinking. */
  public static final int LEGACY_THINKING_BUDGET = 10_000;
  /** The API's minimum thinking budget; below it thinking is left off. */
  static final int MIN_THINKING_BUDGET = 1024;

  /** Families that only know budgeted thinking; everything else (and anything unknown) is adaptive. */
  private static final List<String> LEGACY_THINKING = List.of("claude-3-", "claude-opus-4-0", "claude-opus-4-1",
      "claude-opus-4-5", "claude-sonnet-4-0", "claude-sonnet-4-5", "claude-haiku-4-5");

  private static final Pattern PROVIDER_PREFIX = Pattern.compile("^(?:[a-z]{2,8}\\.)?anthropic\\.");

  private Models() {}

  /** Lower-cased id without a Bedrock-style {@code us.anthropic.} / {@code anthropic.} prefix. */
  public static String canonical(String model) {
    String lower = model == null ? "" : model.trim().toLowerCase(Locale.ROOT);
    return PROVIDER_PREFIX.matcher(lower).replaceFirst("");
  }

  /** True when the model needs {@code thinking.type=enabled} with a budget instead of adaptive thinking. */
  public static boolean usesLegacyThinking(String model) {
    String id = canonical(model);
    return LEGACY_THINKING.stream().anyMatch(id::contains);
  }
}
