package org.securityguidance.review.scope;

/**
 * One file of a review: repo-relative '/' path, its unified-diff hunks (3 lines of context; a new file as all '+'
 * lines; truncation marked in-band), whether the file is new, and how many characters the caps removed.
 */
public record FileDiff(String path, String content, boolean newFile, long truncatedChars) {}
