package org.securityguidance.remind;

import java.util.List;

/**
 * Composes the model-visible text of pattern warnings: the provenance tag, then per rule a header naming the rule and
 * location, the rule's reminder, and how to silence it.
 */
public final class ReminderText {
  /** Marks the text as plugin output, not user input (protocol constant, spec §3.2). */
  public static final String PROVENANCE_TAG = "[from security-guidance@claude-code-plugins plugin]";

  private static final String WARNING_SIGN = "\u26a0\ufe0f";

  private ReminderText() {}

  /** One reminder: header, body, silence hint. {@code line} 0 = unknown (header shows the path only). */
  public static String reminder(String ruleName, String displayPath, int line, String body) {
    String location = line > 0 ? displayPath + ":" + line : displayPath;
    return WARNING_SIGN + " Security Warning [" + ruleName + "] " + location + "\n"
        + stripOwnHeader(body).strip() + "\n"
        + "If this is intended, add `sg-allow: " + ruleName + "` in a comment on or above the line, or set "
        + "SG_DISABLE_RULES=" + ruleName + " to turn the rule off.";
  }

  /** The full additionalContext: tag, blank line, reminders separated by blank lines. */
  public static String context(List<String> reminders) {
    return PROVENANCE_TAG + "\n\n" + String.join("\n\n", reminders);
  }

  /** A body that opens with its own generic "Security Warning:" label would repeat the header; drop the label. */
  private static String stripOwnHeader(String body) {
    String b = body == null ? "" : body.stripLeading();
    String label = WARNING_SIGN + " Security Warning";
    if (b.startsWith(label)) {
      b = b.substring(label.length());
      return b.startsWith(":") ? b.substring(1) : b;
    }
    return b;
  }
}
