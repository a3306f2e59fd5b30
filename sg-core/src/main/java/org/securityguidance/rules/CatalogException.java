package org.securityguidance.rules;

/** The built-in rule catalog is malformed (a programming error caught by tests, never by users). */
public final class CatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CatalogException(String message) {
    super(message);
  }
}
