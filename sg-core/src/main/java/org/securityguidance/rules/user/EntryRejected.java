package org.securityguidance.rules.user;

/** Why one pattern entry was skipped; the reason never quotes the entry beyond its rule name and 60 regex chars. */
final class EntryRejected extends RuntimeException {
  private static final long serialVersionUID = 1L;

  EntryRejected(String reason) {
    super(reason, null, false, false);
  }
}
