package org.securityguidance.server;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.sys.Env;

/**
 * The {@link Env} one request runs with: only the variables the client sent (never the server's own environment),
 * with relative path-valued knobs resolved against the client's cwd, as a fresh JVM started there would resolve them.
 */
final class RequestEnv {
  /** Variables the hook turns into paths; a relative value means "relative to the hook's working directory". */
  static final List<String> PATH_VARIABLES = List.of("HOME", "USERPROFILE", "SECURITY_WARNINGS_STATE_DIR",
      "CLAUDE_CONFIG_DIR", "SECURITY_GUIDANCE_DEBUG_LOG", "CLAUDE_PROJECT_DIR");

  private RequestEnv() {}

  static Env of(Map<String, String> sent, Path cwd) {
    Map<String, String> vars = new HashMap<>(sent);
    for (String name : PATH_VARIABLES) {
      String value = vars.get(name);
      if (value != null && !value.isEmpty() && !value.startsWith("~")) {
        vars.put(name, absolute(value, cwd));
      }
    }
    return new Env(vars);
  }

  private static String absolute(String value, Path cwd) {
    try {
      Path p = Path.of(value);
      return p.isAbsolute() ? value : cwd.resolve(p).toString();
    } catch (InvalidPathException e) {
      return value;
    }
  }
}
