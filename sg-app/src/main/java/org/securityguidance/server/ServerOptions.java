package org.securityguidance.server;

import java.nio.file.Path;
import java.time.Duration;
import org.securityguidance.config.StateDir;
import org.securityguidance.sys.Env;

/**
 * How one hook server runs, read once from its environment at start.
 *
 * @param stateDir where the port and lock files live (the hook's state directory)
 * @param jar the jar whose change ends the server (a new plugin version must not be served by the old code)
 * @param javaBin the java binary as the launcher resolved it; clients compare it with their own
 * @param idle exit after this long without a request ({@code SG_HOOK_SERVER_IDLE} seconds, default 15 min)
 * @param lifetime exit after this long regardless (8 h)
 * @param readDeadline the most one request may take to arrive
 * @param maxStdinBytes larger stdins are refused (the client then runs a fresh JVM, which accepts up to 8 MiB)
 * @param poll how often the accept loop wakes to check idle, lifetime and the jar
 * @param warmupRounds synthetic edits run through the hook before the port file is written
 */
public record ServerOptions(Path stateDir, Path jar, String javaBin, Duration idle, Duration lifetime,
    Duration readDeadline, int maxStdinBytes, Duration poll, int warmupRounds) {
  public static final Duration DEFAULT_IDLE = Duration.ofMinutes(15);
  public static final Duration DEFAULT_LIFETIME = Duration.ofHours(8);
  public static final int DEFAULT_MAX_STDIN = 2 * 1024 * 1024;

  /** The production options: state dir and knobs from {@code env}, the jar and java binary this JVM runs. */
  public static ServerOptions from(Env env, Path jar) {
    int idleSeconds = env.intValue("SG_HOOK_SERVER_IDLE", (int) DEFAULT_IDLE.toSeconds());
    String javaBin = env.get("SG_JAVA_BIN",
        Path.of(System.getProperty("java.home", ""), "bin", "java").toString());
    return new ServerOptions(StateDir.resolve(env), jar, javaBin,
        Duration.ofSeconds(Math.max(1, idleSeconds)), DEFAULT_LIFETIME, Duration.ofSeconds(2), DEFAULT_MAX_STDIN,
        Duration.ofSeconds(1), 40);
  }
}
