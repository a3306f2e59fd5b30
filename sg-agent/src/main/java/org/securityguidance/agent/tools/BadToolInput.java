package org.securityguidance.agent.tools;

/** The model's tool input is missing a field or has one of the wrong type; reported to the model as an error. */
final class BadToolInput extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadToolInput(String message) {
    super(message, null, false, false);
  }
}
