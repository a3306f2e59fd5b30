package org.securityguidance.rules.user;

/**
 * Malformed YAML, or YAML outside the supported subset; the message names the problem and the 1-based line, never the
 * document's content (a pattern file may be a symlink to anything).
 */
public final class YamlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  YamlException(String problem, int line) {
    super("line " + line + ": " + problem);
  }
}
