package org.securityguidance.server;

/** A request that is closed without an answer (the client then runs a fresh JVM); the message is content-free. */
final class RequestRefused extends Exception {
  private static final long serialVersionUID = 1L;

  RequestRefused(String reason) {
    super(reason, null, false, false);
  }
}
