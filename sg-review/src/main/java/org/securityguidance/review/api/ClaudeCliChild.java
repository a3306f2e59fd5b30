package org.securityguidance.review.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every headless {@code claude} CLI spawn shares, single-shot or agentic: the child environment of spec §6.4
 * step 5, the stdout cap, and the few capped, flattened stderr lines that may reach the debug log (§8.3).
 */
public final class ClaudeCliChild {
  /** The most stdout we read from the CLI; its result object is far smaller. */
  public static final int STDOUT_CAP = 4 * 1024 * 1024;
  static final int STDERR_LINES_LOGGED = 20;
  static final int STDERR_LINE_CHARS = 200;

  private ClaudeCliChild() {}

  /** The parent environment with the fixed overrides; the API key wins over the token. */
  public static Map<String, String> environment(Map<String, String> parent) {
    Map<String, String> env = new HashMap<>(parent);
    env.put("FALLBACK_FOR_ALL_PRIMARY_MODELS", "1");
    env.put("CLAUDE_CODE_WEBSOCKET_AUTH_FILE_DESCRIPTOR", "");
    env.put("CLAUDE_CODE_OAUTH_TOKEN_FILE_DESCRIPTOR", "");
    env.put("CLAUDE_CODE_INCLUDE_PARTIAL_MESSAGES", "");
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    env.put("GIT_EXTERNAL_DIFF", "");
    env.put("GIT_DIFF_OPTS", "");
    env.put("GIT_PAGER", "cat");
    env.put("GIT_SSH_COMMAND", "/bin/false");
    env.put("GIT_TERMINAL_PROMPT", "0");
    env.put("GIT_OPTIONAL_LOCKS", "0");
    String key = env.get("ANTHROPIC_API_KEY");
    if (key != null && !key.isEmpty()) {
      env.put("ANTHROPIC_AUTH_TOKEN", "");
    }
    return env;
  }

  /** At most 20 non-blank stderr lines, control characters flattened and each cut to 200 characters. */
  public static List<String> stderrLinesToLog(String stderr) {
    List<String> out = new ArrayList<>();
    for (String line : stderr.split("\r?\n", STDERR_LINES_LOGGED + 1)) {
      if (out.size() == STDERR_LINES_LOGGED || line.isBlank()) {
        continue;
      }
      String flat = line.replaceAll("\\p{Cntrl}", " ").strip();
      out.add(flat.length() > STDERR_LINE_CHARS ? flat.substring(0, STDERR_LINE_CHARS) : flat);
    }
    return out;
  }
}
