package org.securityguidance.config;

import java.nio.file.Path;
import org.securityguidance.sys.Env;

/**
 * Where session state and the debug log live (spec §6.3, #1868): {@code SECURITY_WARNINGS_STATE_DIR}, else
 * {@code CLAUDE_CONFIG_DIR/security}, else {@code ~/.claude/security}. Empty values count as unset.
 */
public final class StateDir {
  private StateDir() {}

  public static Path resolve(Env env) {
    String explicit = env.get("SECURITY_WARNINGS_STATE_DIR");
    if (explicit != null) {
      return env.expandHome(explicit);
    }
    String config = env.get("CLAUDE_CONFIG_DIR");
    if (config != null) {
      return env.expandHome(config).resolve("security");
    }
    return env.home().resolve(".claude").resolve("security");
  }
}
