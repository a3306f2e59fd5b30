package org.securityguidance.review.verify;

/**
 * One vulnerability exactly as the model wrote it: unchecked strings ({@code ""} when absent or not a string) and
 * the model's line hint (0 when absent). Nothing here is trusted until {@link Verifier} has normalised and anchored it.
 */
public record RawFinding(
    String filePath,
    String category,
    String severity,
    String vulnerableCode,
    String explanation,
    String fix,
    int lineHint) {}
