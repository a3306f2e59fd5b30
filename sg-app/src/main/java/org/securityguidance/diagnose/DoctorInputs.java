package org.securityguidance.diagnose;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.securityguidance.bootstrap.JvmTarget;
import org.securityguidance.config.Settings;
import org.securityguidance.sys.Env;
import org.securityguidance.sys.ProcessRunner;

/**
 * Everything {@code doctor} looks at, injected so tests can build any machine under a temp dir: the environment,
 * the state directory, the process runner (for {@code git --version}), the clock, the running jar and the runtime.
 *
 * @param env the environment (credentials are only tested for presence)
 * @param stateDir the resolved state directory
 * @param runner starts {@code git}
 * @param clock for ages of recorded outcomes
 * @param jar the jar this process runs from, if any
 * @param runtime the JVM running {@code doctor}
 */
public record DoctorInputs(Env env, Path stateDir, ProcessRunner runner, Clock clock, Optional<Path> jar,
    RuntimeInfo runtime) {

  /**
   * Facts about a JVM.
   *
   * @param home {@code java.home}
   * @param version {@code Runtime.version()} as text
   * @param feature the feature release (17, 25, …)
   * @param interim the interim release (0 since JDK 10)
   * @param vendor {@code java.vendor}
   * @param vmName {@code java.vm.name}
   */
  public record RuntimeInfo(String home, String version, int feature, int interim, String vendor, String vmName) {
    /** The JVM running this code. */
    public static RuntimeInfo current() {
      Runtime.Version v = Runtime.version();
      return new RuntimeInfo(System.getProperty("java.home", ""), v.toString(), v.feature(), v.interim(),
          System.getProperty("java.vendor", ""), System.getProperty("java.vm.name", ""));
    }

    /** {@code boot_jre}: feature × 100 + interim. */
    public int bootJre() {
      return feature * 100 + interim;
    }
  }

  /** The real machine, as seen by the process running {@code anchor}'s jar. */
  public static DoctorInputs of(Env env, Class<?> anchor) {
    return new DoctorInputs(env, Settings.from(env).stateDir(), ProcessRunner.local(), Clock.systemUTC(),
        JvmTarget.runningJar(anchor), RuntimeInfo.current());
  }
}
