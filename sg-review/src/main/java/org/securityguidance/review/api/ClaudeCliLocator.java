package org.securityguidance.review.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.securityguidance.sys.Env;

/**
 * Finds the user's {@code claude} CLI for the third-party path (spec §6.4 step 3) among fixed absolute locations:
 * {@code SG_AGENTIC_CLI_PATH}, {@code CLAUDE_CODE_EXECPATH}, {@code ~/.local/bin/claude},
 * {@code /root/.local/bin/claude}, {@code /opt/claude-code/bin/claude}. Never a PATH or working-directory lookup: a
 * repository under review could plant its own {@code claude} there.
 */
public final class ClaudeCliLocator {
  private ClaudeCliLocator() {}

  /** The candidate paths in priority order; relative or malformed entries are dropped. */
  public static List<Path> candidates(Env env) {
    List<String> raw = new ArrayList<>();
    raw.add(env.get("SG_AGENTIC_CLI_PATH"));
    raw.add(env.get("CLAUDE_CODE_EXECPATH"));
    raw.add(env.home().resolve(".local/bin/claude").toString());
    raw.add("/root/.local/bin/claude");
    raw.add("/opt/claude-code/bin/claude");
    List<Path> out = new ArrayList<>();
    for (String r : raw) {
      if (r == null || r.isBlank()) {
        continue;
      }
      try {
        Path p = Path.of(r.trim());
        if (p.isAbsolute() && !out.contains(p)) {
          out.add(p);
        }
      } catch (IllegalArgumentException e) {
        // java.nio.file.InvalidPathException: not a path on this platform; skip it.
      }
    }
    return out;
  }

  /** The first candidate that is an executable regular file. */
  public static Optional<Path> locate(List<Path> candidates) {
    for (Path p : candidates) {
      if (p.isAbsolute() && Files.isRegularFile(p) && Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
