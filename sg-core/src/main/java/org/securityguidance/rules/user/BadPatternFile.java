package org.securityguidance.rules.user;

/** Why a whole pattern file was skipped; the message names the problem, never the file's content. */
final class BadPatternFile extends Exception {
  private static final long serialVersionUID = 1L;

  BadPatternFile(String reason) {
    super(reason, null, false, false);
  }
}
