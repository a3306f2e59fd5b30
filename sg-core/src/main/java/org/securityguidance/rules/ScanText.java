package org.securityguidance.rules;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One file's text prepared for scanning: the raw content, its normalised path, and an offset → line/column index.
 * Built once per file and shared by every rule, so per-rule work stays a pure function of this value. Derived views
 * (lower-cased text for the keyword prefilter, comment-masked code, the call-parenthesis index) are computed on first
 * use and cached; an instance is confined to one scanning thread.
 */
public final class ScanText {
  private final String path;
  private final String text;
  private int[] lineStarts;
  private String lower;
  private CodeLexer.Result lexed;
  private Map<Object, Object> memo;
  private Boolean[] admitted;
  private long regexBudgetNanos = RegexGuard.DEFAULT_BUDGET_NANOS;

  public ScanText(String normalizedPath, String text) {
    this.path = normalizedPath;
    this.text = text;
  }

  /** The '/'-separated path without leading slashes, as the path gates see it. */
  public String path() {
    return path;
  }

  public String text() {
    return text;
  }

  /** The text lower-cased once ({@link Locale#ROOT}); only for the keyword prefilter, offsets may differ. */
  public String lower() {
    if (lower == null) {
      lower = text.toLowerCase(Locale.ROOT);
    }
    return lower;
  }

  /** The text with comments blanked out (same length, newlines kept) for the syntax the path's extension implies. */
  public String code() {
    return lexed().masked();
  }

  /** Balanced call parentheses of {@link #code()}, string-literal aware. */
  CallArgs callArgs() {
    return lexed().callArgs();
  }

  /** Whether the character at {@code offset} lies in a comment that {@link #code()} blanked out. */
  boolean inComment(int offset) {
    String code = code();
    return code != text && code.charAt(offset) == ' ' && text.charAt(offset) != ' ';
  }

  /** Time each rule's regex searches may take on this text before the rule is abandoned (ADR 0004). */
  long regexBudgetNanos() {
    return regexBudgetNanos;
  }

  ScanText withRegexBudget(long nanos) {
    this.regexBudgetNanos = nanos;
    return this;
  }

  /** Per-file cache for derived values (e.g. hit indexes of one regex). */
  @SuppressWarnings("unchecked")
  <T> T memo(Object key, Supplier<T> compute) {
    if (memo == null) {
      memo = new HashMap<>();
    }
    Object v = memo.get(key);
    if (v == null) {
      v = compute.get();
      memo.put(key, v);
    }
    return (T) v;
  }

  /** The value {@link #memoize}d under {@code key}, or null (a supplier-free form of {@link #memo}, ADR 0008). */
  @SuppressWarnings("unchecked")
  <T> T memoized(Object key) {
    return memo == null ? null : (T) memo.get(key);
  }

  void memoize(Object key, Object value) {
    if (memo == null) {
      memo = new HashMap<>();
    }
    memo.put(key, value);
  }

  /**
   * {@link Prefilter#admits} on {@code body} (this text or its {@link #code()}), computed once per file: several
   * patterns share a prefilter, and each call is a full interpreted pass in a cold hook JVM (ADR 0008).
   */
  boolean admits(Prefilter prefilter, String body) {
    // An array slot per (prefilter, body), not a record key: a record's hashCode is an invokedynamic bootstrap that
    // costs a cold JVM far more than the scan it would save.
    if (admitted == null) {
      admitted = new Boolean[2 * Prefilter.values().length];
    }
    int slot = 2 * prefilter.ordinal() + (body == text ? 0 : 1);
    if (admitted[slot] == null) {
      admitted[slot] = prefilter.admits(body);
    }
    return admitted[slot];
  }

  /** 1-based line of a character offset. */
  public int lineOf(int offset) {
    int[] starts = lineStarts();
    int i = Arrays.binarySearch(starts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** 1-based column of a character offset. */
  public int columnOf(int offset) {
    return offset - lineStarts()[lineOf(offset) - 1] + 1;
  }

  /** Offset where the 1-based {@code line} starts; the text length for lines past the end. */
  public int lineStart(int line) {
    int[] starts = lineStarts();
    return line - 1 < starts.length ? starts[Math.max(0, line - 1)] : text.length();
  }

  /** A match record for {@code rule} at {@code [offset, offset+length)}. */
  public Match matchAt(Rule rule, int offset, int length) {
    return new Match(rule, lineOf(offset), columnOf(offset), offset, length);
  }

  private CodeLexer.Result lexed() {
    if (lexed == null) {
      lexed = CodeLexer.lex(text, Syntax.forPath(path));
    }
    return lexed;
  }

  private int[] lineStarts() {
    if (lineStarts == null) {
      int count = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          count++;
        }
      }
      int[] starts = new int[count];
      int n = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts[n++] = i + 1;
        }
      }
      lineStarts = starts;
    }
    return lineStarts;
  }
}
