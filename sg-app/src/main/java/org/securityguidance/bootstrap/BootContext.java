package org.securityguidance.bootstrap;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessRunner;

/**
 * Everything the bootstrap state machine touches from the outside, injected (spec §4.10): settings read once, the
 * running runtime, the running jar, the hook JVM flags a training run must repeat, the process runner and the clock.
 *
 * @param settings the environment, read once
 * @param runtime the running JVM as the launcher sees it
 * @param jar the running jar, null when not running from one (a classes directory)
 * @param jvmFlags the hook JVM's flags, asked for only when a training run starts
 * @param runner starts the training JVMs
 * @param clock mtime windows, the budget and {@code boot_ms}
 * @param pv the plugin version code, part of the archive's name
 */
public record BootContext(BootSettings settings, RunningRuntime runtime, Path jar, Supplier<List<String>> jvmFlags,
    ProcessRunner runner, Clock clock, long pv) {

  /** The real thing: this JVM, its jar, its flags, real processes and the system clock. */
  public static BootContext live(Env env, long pv, Class<?> anchor) {
    return new BootContext(BootSettings.from(env), RunningRuntime.current(env),
        JvmTarget.runningJar(anchor).orElse(null), () -> HookJvmFlags.ofThisJvm(env), ProcessRunner.local(),
        Clock.systemUTC(), pv);
  }

  Path stateDir() {
    return settings.stateDir();
  }
}
