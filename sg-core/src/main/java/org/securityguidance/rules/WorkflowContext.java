package org.securityguidance.rules;

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

  /** Whether the expression at {@code offset} of the comment-masked workflow text is in a script context. */
  static boolean inScript(String code, int offset) {
    int lineStart = code.lastIndexOf('\n', offset - 1) + 1;
    String key = keyOf(code, lineStart, offset);
    if (key != null) {
      return isScriptKey(key);
    }
    int indent = indentOf(code, lineStart);
    int cursor = lineStart;
    for (int seen = 0; cursor > 0 && seen < MAX_LINES_UP; seen++) {
      int prevStart = code.lastIndexOf('\n', cursor - 2) + 1;
      int prevEnd = cursor - 1;
      cursor = prevStart;
      if (isBlank(code, prevStart, prevEnd)) {
        continue;
      }
      if (indentOf(code, prevStart) < indent) {
        String parent = keyOf(code, prevStart, prevEnd);
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
