package org.securityguidance.server;

import java.util.Map;

/**
 * One request as the client sent it: its working directory, the variables it chose to send, the hook event and the
 * hook's stdin bytes.
 *
 * @param cwd the client's working directory (as sent, may be relative or empty)
 * @param env the sent variables, nothing else
 * @param event the hook event argument, e.g. {@code edit}
 * @param stdin the hook's stdin
 */
record HookRequest(String cwd, Map<String, String> env, String event, byte[] stdin) {
  HookRequest {
    env = Map.copyOf(env);
  }
}
