package org.securityguidance.hook;

/**
 * Caps model-visible text at {@link HookOutput#MAX_CONTEXT_CHARS}: cuts at a paragraph or line break when one is near,
 * never inside a surrogate pair, and says how much was left out, all within the cap.
 */
public final class ContextCap {
  private ContextCap() {}

  /** {@code text} unchanged when it fits, else a clean prefix plus a note naming the number of characters cut. */
  public static String cap(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    String widestNote = note(text.length());
    int budget = Math.max(0, max - widestNote.length());
    int cut = breakBefore(text, budget);
    String result = text.substring(0, cut) + note(text.length() - cut);
    return result.length() <= max ? result : result.substring(0, max);
  }

  private static int breakBefore(String text, int budget) {
    int paragraph = text.lastIndexOf("\n\n", budget - 2);
    if (paragraph >= budget / 2) {
      return paragraph;
    }
    int line = text.lastIndexOf('\n', budget - 1);
    if (line >= budget / 2) {
      return line;
    }
    int cut = budget;
    if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return cut;
  }

  private static String note(int omitted) {
    return "\n\n[security-guidance: " + omitted + " more characters cut to fit the hook output limit]";
  }
}
