package org.securityguidance.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether an expression in a GitHub Actions workflow sits in a script context ({@code run:}, or
 * {@code script:} of actions/github-script), where {@code ${{ }}} is pasted into code before it runs. The same
 * expression under {@code env:} or {@code with:} is the recommended safe form, so it must stay silent (soleur#2525:
 * users asked that plain workflow edits stop warning).
 */
final class WorkflowContext {
  /** A YAML mapping key at the start of a line, optionally as a sequence item ({@code - run:}). */
  private static final Pattern KEY = Pattern.compile("[ \\t]{0,200}(?:-[ \\t]{1,20})?([A-Za-z0-9_.-]{1,100})[ \\t]{0,20}:(?:[ \\t]|$)");

  /** How many lines above the expression we look for the owning key. */
  private static final int MAX_LINES_UP = 400;

  private WorkflowContext() {}

  /**
   * Whether the expression at {@code offset} of the comment-masked workflow text {@code code} is in a script context.
   * Answers for lines without their own key are cached per line, so a block of many expressions stays linear.
   */
  static boolean inScript(ScanText st, String code, int offset) {
    int line = st.lineOf(offset);
    int lineStart = st.lineStart(line);
    String key = keyOf(code, lineStart, offset);
    if (key != null) {
      return isScriptKey(key);
    }
    Map<Integer, Boolean> cache = st.memo(WorkflowContext.class, HashMap::new);
    Boolean known = cache.get(line);
    if (known == null) {
      known = ownerIsScript(st, code, line, indentOf(code, lineStart), cache);
      cache.put(line, known);
    }
    return known;
  }

  private static boolean ownerIsScript(ScanText st, String code, int line, int indent, Map<Integer, Boolean> cache) {
    for (int l = line - 1; l >= 1 && line - l <= MAX_LINES_UP; l--) {
      int start = st.lineStart(l);
      int end = st.lineStart(l + 1) - 1;
      if (isBlank(code, start, end)) {
        continue;
      }
      int prevIndent = indentOf(code, start);
      if (prevIndent == indent && cache.containsKey(l)) {
        return cache.get(l);
      }
      if (prevIndent < indent) {
        String parent = keyOf(code, start, end);
        return parent != null && isScriptKey(parent);
      }
    }
    // No owner in view: an Edit fragment of a script body (a bare line, not `key: value`) — warn.
    return true;
  }

  private static boolean isScriptKey(String key) {
    return key.equals("run") || key.equals("script");
  }

  private static String keyOf(String code, int from, int to) {
    Matcher m = KEY.matcher(code).region(from, to);
    return m.lookingAt() ? m.group(1) : null;
  }

  private static int indentOf(String code, int lineStart) {
    int i = lineStart;
    while (i < code.length() && (code.charAt(i) == ' ' || code.charAt(i) == '\t')) {
      i++;
    }
    return i - lineStart;
  }

  private static boolean isBlank(String code, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(code.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
