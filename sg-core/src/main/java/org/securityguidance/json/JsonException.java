package org.securityguidance.json;

/** Malformed JSON; the message names the problem and offset, never the document's content. */
public final class JsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JsonException(String message) {
    super(message);
  }
}
