package org.securityguidance.state;

/**
 * The file-name-safe key of a session's state file (spec §5.1): the remote session id when set (remote sessions get a
 * new {@code session_id} every turn), else the stdin {@code session_id}, else {@code default}.
 */
public final class SessionKey {
  /** Longest key kept; longer ones are truncated. */
  public static final int MAX_LENGTH = 128;

  private SessionKey() {}

  /** Every character outside {@code [A-Za-z0-9._-]} becomes {@code _}, so {@code ../../etc} cannot escape the dir. */
  public static String of(String remoteSessionId, String sessionId) {
    String raw = notEmpty(remoteSessionId) ? remoteSessionId : notEmpty(sessionId) ? sessionId : "default";
    // Per code point, as the original's str regex did: an emoji becomes one '_', not two.
    StringBuilder key = new StringBuilder(Math.min(raw.length(), MAX_LENGTH));
    int count = 0;
    for (int i = 0; i < raw.length() && count < MAX_LENGTH; i += Character.charCount(raw.codePointAt(i)), count++) {
      int c = raw.codePointAt(i);
      key.append(isSafe(c) ? (char) c : '_');
    }
    return key.toString();
  }

  private static boolean isSafe(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '.' || c == '_' || c == '-';
  }

  private static boolean notEmpty(String s) {
    return s != null && !s.isEmpty();
  }
}
