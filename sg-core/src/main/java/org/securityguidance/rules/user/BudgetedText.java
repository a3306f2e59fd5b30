package org.securityguidance.rules.user;

/**
 * The scanned text as seen by RE2/J, with a wall-clock budget checked every {@value #CHECK_EVERY} reads. RE2/J is
 * linear in the text but multiplies by the compiled program size, so a large allowed regex on a huge file is still
 * slow; past the budget the search stops (partial results are kept) instead of stalling the edit.
 */
final class BudgetedText implements CharSequence {
  static final int CHECK_EVERY = 256;

  /** Thrown out of {@link #charAt} when the budget is spent; caught by the rule that started the search. */
  static final class Exhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exhausted() {
      super("scan budget exhausted", null, false, false);
    }
  }

  private final String text;
  private final long deadline;
  private int reads;

  BudgetedText(String text, long budgetNanos) {
    this.text = text;
    this.deadline = System.nanoTime() + budgetNanos;
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public char charAt(int index) {
    if (++reads % CHECK_EVERY == 0 && System.nanoTime() - deadline > 0) {
      throw new Exhausted();
    }
    return text.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text;
  }
}
