package org.securityguidance.bootstrap;

import java.nio.file.Path;
import org.securityguidance.config.Settings;
import org.securityguidance.config.StateDir;
import org.securityguidance.sys.Env;

/**
 * Everything the bootstrap reads from the environment, read once at the edge (spec §4.5 steps 1–2, contract 3 of
 * issue 5: the launcher exports {@code SG_JRE_SRC}, {@code SG_JRE_RELEASE} and, after a source build,
 * {@code SG_BOOT_FROM_SOURCE} with the {@code javac}/{@code mvn} probes it made).
 *
 * @param killSwitch {@code SECURITY_GUIDANCE_DISABLE=1} or {@code ENABLE_SECURITY_REMINDER=0}
 * @param cacheOff {@code SG_JVM_CACHE=0}
 * @param jreSrc the launcher's discovery source 1–10, or 0 when not started by the launcher
 * @param jreRelease the {@code JAVA_VERSION=} line the launcher read, or null
 * @param fromSource 7 (built now) or 8 (reused) when the launcher built the jar from source, else null
 * @param launcherHasJavac the launcher's {@code javac} probe after a source build, else null
 * @param launcherHasMvn the launcher's Maven probe after a source build, else null
 * @param jto one of {@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS}, {@code _JAVA_OPTIONS} is set
 * @param stateDir the resolved state directory
 * @param home the user's home, masked in stderr signatures
 */
public record BootSettings(boolean killSwitch, boolean cacheOff, int jreSrc, String jreRelease, Integer fromSource,
    Boolean launcherHasJavac, Boolean launcherHasMvn, boolean jto, Path stateDir, String home) {

  /** The highest discovery source the launcher knows (spec §4.3 table). */
  static final int MAX_SRC = 10;

  /** Reads the settings; never throws. */
  public static BootSettings from(Env env) {
    int src = env.intValue("SG_JRE_SRC", 0);
    int fromSource = env.intValue("SG_BOOT_FROM_SOURCE", 0);
    return new BootSettings(Settings.from(env).disabled(), env.isExactlyZero("SG_JVM_CACHE"),
        src >= 1 && src <= MAX_SRC ? src : 0, env.get("SG_JRE_RELEASE"),
        fromSource == 7 || fromSource == 8 ? fromSource : null, flag(env, "SG_BOOT_HAS_JAVAC"),
        flag(env, "SG_BOOT_HAS_MVN"),
        env.get("JAVA_TOOL_OPTIONS") != null || env.get("JDK_JAVA_OPTIONS") != null
            || env.get("_JAVA_OPTIONS") != null,
        StateDir.resolve(env), env.home().toString());
  }

  private static Boolean flag(Env env, String name) {
    String v = env.get(name);
    if ("1".equals(v)) {
      return Boolean.TRUE;
    }
    return "0".equals(v) ? Boolean.FALSE : null;
  }
}
