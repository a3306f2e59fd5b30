package org.securityguidance.review.scope;

import org.securityguidance.sys.Env;

/**
 * How much of a change one review may carry (spec §3.6, §5.7): files kept by risk, the file count above which the
 * review is skipped as pathological, and the per-file and total character budgets.
 *
 * @param maxFiles files sent to the reviewer ({@code MAX_DIFF_FILES}, default 30)
 * @param perFileChars characters (code points) kept per file ({@code DIFF_PER_FILE_BYTES}, default 80,000)
 * @param totalChars characters kept over all files ({@code DIFF_TOTAL_BYTES}, default 400,000)
 */
public record ScopeLimits(int maxFiles, int perFileChars, int totalChars) {
  public static final int DEFAULT_MAX_FILES = 30;
  public static final int DEFAULT_PER_FILE_CHARS = 80_000;
  public static final int DEFAULT_TOTAL_CHARS = 400_000;

  public ScopeLimits {
    if (maxFiles <= 0 || perFileChars <= 0 || totalChars <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** The spec defaults. */
  public static ScopeLimits defaults() {
    return new ScopeLimits(DEFAULT_MAX_FILES, DEFAULT_PER_FILE_CHARS, DEFAULT_TOTAL_CHARS);
  }

  /** Reads the three knobs once; unset, malformed or non-positive values keep the default. */
  public static ScopeLimits from(Env env) {
    return new ScopeLimits(
        positive(env, "MAX_DIFF_FILES", DEFAULT_MAX_FILES),
        positive(env, "DIFF_PER_FILE_BYTES", DEFAULT_PER_FILE_CHARS),
        positive(env, "DIFF_TOTAL_BYTES", DEFAULT_TOTAL_CHARS));
  }

  /** More reviewable files than this and the review is skipped instead of prioritised (spec §3.6: 10×). */
  public int pathologicalFiles() {
    return maxFiles > Integer.MAX_VALUE / 10 ? Integer.MAX_VALUE : maxFiles * 10;
  }

  private static int positive(Env env, String name, int fallback) {
    int v = env.intValue(name, fallback);
    return v > 0 ? v : fallback;
  }
}
